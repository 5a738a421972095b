// ?. short-circuits the whole chain on null/undefined.
const o = { a: { b: { c: 1 } }, f() { return this.a.b.c; }, arr: [10, 20] };
const n = null;
console.log(o?.a?.b?.c, n?.a, n?.a.b.c, o.x?.y.z);
console.log(o.f?.(), o.g?.(), n?.f(), o?.['a']?.['b']);
console.log(o.arr?.[1], o.none?.[1]);
let count = 0;
n?.[count++];
console.log('count after short-circuit', count);
// Short-circuit only covers the chain, parenthesized access still throws.
try {
  (n?.a).b;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  o.a.missing.c;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  o.a?.b.nothing();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(delete n?.a, delete o?.a, o.a);
