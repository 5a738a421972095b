// Micro benchmark: for-of and spread over a fast array and a string (the
// protector-guarded iteration fast paths, docs/language.md "Iteration").
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';
const SIZES = {quick: {rounds: 100, expect: '50195900'}, full: {rounds: 2000, expect: '1003918000'}};
const ROUNDS = SIZES[SCALE_].rounds;
const a = [];
for (let i = 0; i < 1000; i++) a.push(i);
const s = "iteration fast path \u{1F600} ".repeat(20);
let total = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const x of a) total += x;
  total += [...a].length + Math.max(...a);
  for (const ch of s) total += ch.length;
}
const expect = SIZES[SCALE_].expect;
print_(String(total) === expect ? 'iteration: OK ' + total : 'iteration: FAIL expected ' + expect + ' got ' + total);
