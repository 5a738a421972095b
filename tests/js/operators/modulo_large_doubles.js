// `%` on doubles: integral operands below 2^53 take an exact integer path
// (faster than fmod); everything else fmod. Results and signs (-0) must be
// the same either way, as node prints them.
const vals = [0, -0, 1, -1, 7, -7, 1e15, -1e15, 9007199254740991, -9007199254740991, 9007199254740992,
              1e300, 0.5, -2.5, NaN, Infinity, -Infinity, 1000000007, 2147483648, -2147483649];
for (const a of vals) {
  const row = [];
  for (const b of vals) { const r = a % b; row.push(Object.is(r, -0) ? '-0' : String(r)); }
  console.log(String(a).padStart(18), row.join(' '));
}
// A hash loop of the kind benchmarks run.
let h = 17;
for (let i = 0; i < 100000; i++) h = (h * 31 + i) % 1000000007;
console.log(h);
