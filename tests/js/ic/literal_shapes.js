// Flags: --allow-natives-syntax
// Object literals share shapes (allocated straight from the cached shape
// after the first), including when a field's representation changes.
function point(x, y) { return { x: x, y: y, tag: 'p' }; }
const ps = [];
for (let i = 0; i < 100; i++) ps.push(point(i, i + 1));
console.log(%HaveSameMap(ps[0], ps[99]), ps[99].x + ps[99].y, ps[5].tag);
const d = point(0.5, 1);
const e = point(2, 3);
console.log(%HaveSameMap(d, e), e.x, d.x);
const f = point('s', {});
console.log(f.x, typeof f.y, %HaveSameMap(e, point(4, 5)));
function nested() { return { inner: { a: 1 }, list: [1, 2], n: null }; }
const n1 = nested(), n2 = nested();
n1.inner.a = 2;
console.log(n2.inner.a, n1.inner !== n2.inner, %HaveSameMap(n1, n2));
function dup() { return { a: 1, a: 2, b: 3 }; }
console.log(JSON.stringify(dup()), JSON.stringify(dup()));
