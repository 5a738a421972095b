// A transitioning store cached for `o.x = v` must not skip a setter that
// appears on the prototype chain later; and own setters run every time.
function Point() {}
function make(v) { const p = new Point(); p.x = v; return p; }
for (let i = 0; i < 2000; i++) make(i);
console.log(make(1).x, Object.keys(make(2)).join());
let seen = [];
Object.defineProperty(Point.prototype, 'x', {
  set(v) { seen.push(v); },
  get() { return 'from getter'; },
  configurable: true,
});
const p = make(42);
console.log(p.x, Object.keys(p).length, seen.join());
delete Point.prototype.x;
console.log(make(7).x);
// Read-only on the prototype: sloppy stores are ignored, strict ones throw.
Object.defineProperty(Point.prototype, 'x', { value: 'ro', writable: false, configurable: true });
console.log(make(8).x);
function strictMake(v) { 'use strict'; const q = new Point(); q.x = v; return q; }
try { strictMake(9); } catch (e) { console.log(e.constructor.name, e.message); }
// Own accessors through a store site.
function setIt(o, v) { o.v = v; }
const log = [];
const a = { set v(x) { log.push('a' + x); } };
const b = { set v(x) { log.push('b' + x); } };
for (let i = 0; i < 3; i++) { setIt(a, i); setIt(b, i); }
console.log(log.join(' '));
