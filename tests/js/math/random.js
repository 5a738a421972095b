// Math.random returns doubles in [0, 1); check the range and some spread only.
let min = 1, max = 0, sum = 0;
const n = 2000;
for (let i = 0; i < n; i++) {
  const r = Math.random();
  if (r < min) min = r;
  if (r > max) max = r;
  sum += r;
}
console.log(min >= 0, max < 1, min < 0.05, max > 0.95, Math.abs(sum / n - 0.5) < 0.05);
console.log(typeof Math.random(), Math.random() !== Math.random());
