// Deep await chains: 120 nested async calls each awaiting the next, and
// 120 frames parked at once, then released in order. Run under
// --gc-stress too (the default modes): parked frames are heap objects the
// GC must keep and move.
async function depth(n) {
  if (n === 0) return 0;
  const v = await depth(n - 1);
  return v + 1;
}
depth(120).then((v) => console.log('depth:', v));
let release;
const gate = new Promise((r) => { release = r; });
const waiting = [];
for (let i = 0; i < 120; i++) {
  waiting.push((async (k) => { const g = await gate; return g + k; })(i));
}
Promise.all(waiting).then((values) => {
  let sum = 0;
  for (const v of values) sum += v;
  console.log('parked frames resumed:', values.length, sum);
});
release(1);
