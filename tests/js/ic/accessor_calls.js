// Getters and setters reached through load/store ICs run as ordinary calls
// in the interpreter loop: results, the store expression's value, throws.
class P { constructor() { this._x = 1; } get x() { return this._x; } set x(v) { this._x = v * 2; return 'ignored'; } }
const p = new P(); let s = 0;
for (let i = 0; i < 100000; i++) { s += (p.x = i); }
const log = [];
const o = { set y(v) { log.push(v); return 99; } };
for (let i = 0; i < 5; i++) { const r = (o.y = i); log.push('r' + r); }
const bad = { set z(v) { throw new Error('no ' + v); } };
function st(t, v) { t.z = v; }
for (let i = 0; i < 3; i++) { try { st(bad, i); } catch (e) { log.push(e.message); } }
const arr = [];
Object.defineProperty(Object.prototype, 'w', { set(v) { arr.push(v); }, configurable: true });
function sw(t, v) { return t.w = v; }
for (let i = 0; i < 4; i++) log.push(sw({}, i));
delete Object.prototype.w;
console.log(s, p.x, log.join(','), arr.join(','));
