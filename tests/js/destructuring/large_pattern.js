// a pattern with many elements and many properties
const src = [];
for (let i = 0; i < 40; i++) src.push(i);
const [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, ...tail] = src;
console.log(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9, tail.length);
const o = {};
for (let i = 0; i < 30; i++) o['k' + i] = i;
const {k0, k10, k20, k29, ...restO} = o;
console.log(k0, k10, k20, k29, Object.keys(restO).length);
