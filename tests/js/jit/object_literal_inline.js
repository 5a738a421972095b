// Flags: --allow-natives-syntax
// Object literals allocated inline by compiled code once the site has cached
// its shape: constants from the boilerplate, computed values stored after,
// the same shape as the interpreter's objects; a field that turns double
// deprecates the cached shape and the compiled site must follow.
function make(i, x) {
  return { a: i, flag: true, none: null, n: 1.5, x, s: 'str' };
}
function point(i) { return { x: i, y: i + 1, z: undefined }; }
const first = [];
for (let i = 0; i < 3; i++) first.push(point(i));  // interpreted: caches the shape
%CompileBaseline(point);
%CompileBaseline(make);
const later = [];
for (let i = 0; i < 1000; i++) later.push(point(i));
console.log(%HaveSameMap(first[0], later[999]), later[999], later.length);
let sum = 0;
for (const p of later) sum += p.x + p.y;
console.log(sum);
// x turns double: a new shape, the old one deprecated.
const d = point(0.5);
const after = point(7);
console.log(d, after, %HaveSameMap(d, after));
console.log(make(1, 'y'), make(2, { k: 1 }), make(3.25, [1]));
// Many allocations: new space fills and the slow path takes over.
let last;
for (let i = 0; i < 20000; i++) last = make(i, i);
console.log(last);
