// map and filter store most results straight into their fresh result array;
// element kind changes, holes, big arrays and mixed values take the generic
// path and must give the same arrays.
var a = [1, 2, , 4, 5];
console.log(a.map(function (x) { return x * 1.5; }));
console.log(a.map(function (x, i) { return i % 2 ? 'o' + x : x; }));
console.log(a.map(function (x) { return { v: x }; }).length, a.map(String));
console.log([1, 2.5, 'x', {}, null, undefined, 3].filter(function (x) { return x !== 3; }));
var big = []; for (var i = 0; i < 70000; i++) big.push(i);
var m = big.map(function (x) { return x * 2; });
console.log(m.length, m[69999], big.filter(function (x) { return x % 7 === 0; }).length);
var d = [1.5, 2.5, 3.5].map(function (x) { return x > 2 ? x : 'small'; });
console.log(d, Object.isExtensible(d));
var h = [, , 3].map(function (x) { return x; });
console.log(h, 0 in h, 2 in h, h.length);
