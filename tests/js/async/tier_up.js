// A hot async function tiers up to baseline code (and its caller OSRs in
// its loop) while other activations are parked mid-await; compiled frames
// suspend and resume through the same SuspendGenerator/ResumeGenerator.
async function step(i) {
  const v = await i;
  return v * 2;
}
async function main() {
  let s = 0;
  for (let i = 0; i < 600; i++) s += await step(i);
  console.log('sum:', s);
  const parked = [];
  for (let i = 0; i < 100; i++) parked.push(step(i));
  console.log('parked:', (await Promise.all(parked)).length);
}
main();
