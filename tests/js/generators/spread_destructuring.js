// Generators feed spread, destructuring, Array.from and other iterable consumers.
function* range(start, end, step = 1) {
  for (let i = start; i < end; i += step) yield i;
}
console.log([...range(0, 5)]);
console.log(Math.max(...range(3, 9, 2)));
const [a, , b, ...rest] = range(10, 16);
console.log(a, b, rest);
const { 0: zero, length } = [...range(0, 3)];
console.log(zero, length);
console.log(Array.from(range(1, 4), (x) => x * x));
function sum(...xs) { return xs.reduce((s, x) => s + x, 0); }
console.log(sum(...range(1, 101)));
const pairs = [...range(0, 3)].map((i) => [i, String.fromCharCode(97 + i)]);
console.log(pairs);
console.log(Array.prototype.concat.apply([], [...range(0, 3)].map((i) => [i, i])));
for (const [k, v] of (function* () { yield [1, 'one']; yield [2, 'two']; })()) console.log(k, v);
