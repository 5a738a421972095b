// Micro benchmark: for-of and spread over a fast array and a string (the
// protector-guarded iteration fast paths, docs/language.md "Iteration").
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';
const ROUNDS = SCALE_ === 'quick' ? 100 : 2000;
const a = [];
for (let i = 0; i < 1000; i++) a.push(i);
const s = "iteration fast path \u{1F600} ".repeat(20);
let total = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const x of a) total += x;
  total += [...a].length + Math.max(...a);
  for (const ch of s) total += ch.length;
}
console.log(total);
