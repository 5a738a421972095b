// --trace-async: one line per await that parks an async frame on the heap
// and per resume by a promise reaction; the count of suspended frames
// rises to 4 (three workers parked on one gate, main on Promise.all) and
// falls back to 0 as the reactions resume them.
let open;
const gate = new Promise((resolve) => { open = resolve; });
async function worker(id) {
  const v = await gate;
  await null;
  return v + id;
}
async function main() {
  const results = await Promise.all([worker(1), worker(2), worker(3)]);
  console.log('results:', results);
}
main();
open(10);
