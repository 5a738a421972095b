// Array literals store most elements straight into the fresh array
// (StaInArrayLiteral's fast path); spreads of arrays, strings, holey arrays,
// mixed kinds and iterators must build the same arrays as the generic path.
var a = [];
for (var i = 0; i < 40; i++) a.push(i);
var b = [...a];
console.log(b.length, b[0], b[39], b === a);
console.log([...'ab\u{1F600}c'], [0, ...[1, 2], 3, ...'xy']);
console.log([...[1, , 3]], [1.5, ...[2, 'x'], { k: 1 }, null]);
var big = [...a, ...a, ...a].map(function (x) { return x * 0.5; });
console.log(big.length, big[119], [...big].length);
function* g() { yield 1; yield 'two'; yield [3]; }
console.log([...g(), ...new Set([4, 4, 5]), ...new Map([[6, 7]])]);
var frozenSource = Object.freeze([9, 8]);
var c = [...frozenSource];
c.push(7);
console.log(c, Object.isFrozen(c));
