// push/pop and a[a.length] = v take direct element paths on plain arrays;
// every unusual array (holes, elements on the prototype chain, read-only
// length, non-extensible, array-likes) still behaves as the spec says.
const a = [];
for (let i = 0; i < 10; i++) a.push(i, i * 0.5);
let s = 0;
while (a.length > 3) s += a.pop();
console.log(s, a.length, a.join());
const b = [1, , 3];
console.log(b.pop(), b.pop(), b.length, b.pop(), b.length);
Array.prototype[1] = 'proto';
const c = [0, , 2];
c.pop();
console.log(c.pop(), c.length);
delete Array.prototype[1];
const d = [1, 2];
Object.defineProperty(d, 'length', { writable: false });
try { d.push(3); } catch (e) { console.log(e.constructor.name); }
console.log(d.length);
const e = [1];
Object.preventExtensions(e);
try { e.push(2); } catch (err) { console.log(err.constructor.name); }
console.log(e.pop(), e.length);
const like = { length: 2, 0: 'x', 1: 'y' };
console.log(Array.prototype.pop.call(like), like.length, Array.prototype.push.call(like, 'z'), like[1]);
const f = [];
for (let i = 0; i < 100; i++) f[f.length] = i % 3 === 0 ? 'x' + i : i;
console.log(f.length, f[99], f[98], f.join('').length);
const g = [1.5];
for (let i = 0; i < 5; i++) g[g.length] = i;
g[g.length] = {};
console.log(g.length, typeof g[6]);
// (no console.log while the setter exists: node's own console uses arrays)
const seen = [];
Object.defineProperty(Array.prototype, 3, { set(v) { seen.push('setter ' + v); }, configurable: true });
const h = [0, 1, 2];
h[h.length] = 'three';
h.push('four');
const result = [h.length, h[3], h[4]];
delete Array.prototype[3];
console.log(seen.join(', '), result.join());
