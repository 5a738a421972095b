// frozen and sealed objects built the same way share a shape, as in V8
// Flags: --allow-natives-syntax
const a = Object.freeze({x: 1, y: 2});
const b = Object.freeze({x: 3, y: 4});
console.log(%HaveSameMap(a, b), %HasFastProperties(a));
const c = Object.seal({x: 1, y: 2});
const d = Object.seal({x: 5, y: 6});
console.log(%HaveSameMap(c, d), %HaveSameMap(a, c), %HasFastProperties(c));
const e = {x: 1, y: 2};
console.log(%HaveSameMap(a, e));
