// assignment patterns store into members, computed members and nested objects
const o = {inner: {}};
let k = 'dyn';
({a: o.a, b: o['b'], c: o[k], d: o.inner.d} = {a: 1, b: 2, c: 3, d: 4});
console.log(o);
[o.first, ...o.rest] = [1, 2, 3];
console.log(o.first, o.rest);
