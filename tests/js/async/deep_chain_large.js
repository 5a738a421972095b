// Deep await chains at scale: 2000 nested async calls (a synchronous recursion that deep on the way down), each parked until
// the one below it returns, and 10000 frames parked on one promise. The
// gc-stress version of this story is deep_chain.js (smaller).
// Modes: default no-jit jit-eager ic-eager
// Reason: a GC at every allocation makes 20000 parked frames too slow for the timeout
async function depth(n) {
  if (n === 0) return 0;
  const v = await depth(n - 1);
  return v + 1;
}
depth(2000).then((v) => console.log('depth:', v));
let release;
const gate = new Promise((r) => { release = r; });
const waiting = [];
for (let i = 0; i < 10000; i++) {
  waiting.push((async (k) => { const g = await gate; return g + k; })(i));
}
Promise.all(waiting).then((values) => {
  let sum = 0;
  for (const v of values) sum += v;
  console.log('parked frames resumed:', values.length, sum);
});
release(1);
