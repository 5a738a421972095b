// Guards reduce/reduceRight's raw-argument callback path: arguments
// (acc, value, index, array), holes, mutation, array-likes, the empty error.
const a = [1, 2, 3, , 5];
console.log(a.reduce((acc, v, i, arr) => acc + v * i + (arr === a ? 1 : 0), 0));
console.log(a.reduceRight((acc, v, i) => acc + '|' + v + '@' + i, 's'));
console.log(a.reduce((acc, v) => { a.length = 3; return acc + v; }));
console.log(Array.prototype.reduce.call({length: 2, 0: 'x', 1: 'y'}, (p, c) => p + c));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.message); }
const objs = [{n: 1}, {n: 2}, {n: 3}];
console.log(objs.reduce((acc, o) => ({sum: acc.sum + o.n}), {sum: 0}));
