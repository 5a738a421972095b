// floor, ceil, round, trunc, sign on positives, negatives, halves, -0 and specials.
const xs = [2.5, -2.5, 2.4, -2.6, 0.5, -0.5, -0.4, 0, -0, 1e21, -1e21, NaN, Infinity, -Infinity, 4.000000000000001];
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  console.log(x, Math.floor(x), Math.ceil(x), Math.round(x), Math.trunc(x), Math.sign(x));
}
console.log(Math.round(0.49999999999999994), Math.round(2 ** 52 + 0.5), Math.floor('3.7'), Math.ceil(null));
