// NaN: produced by invalid arithmetic, never equal to itself, propagates.
const n = 0 / 0;
console.log(n, typeof n);
console.log(n === n, n !== n, n == n);
console.log(n < 1, n > 1, n <= n, n >= n);
console.log(n + 1, n * 0, -n);
console.log(Infinity - Infinity, Infinity * 0, Infinity / Infinity);
console.log(Math.sqrt(-1), parseInt('xyz'), Number('12abc'));
console.log(isNaN(n), isNaN('abc'), isNaN('12'), isNaN(undefined), isNaN(null));
console.log(String(n), n + '', [n]);
// NaN is falsy.
console.log(n ? 'truthy' : 'falsy', !n);
