// Flags: --expose-gc
// Closures and their contexts survive collections: counters created in a
// loop keep private state; contexts shared by two closures stay shared.
function counter(start) {
  let n = start;
  return { inc: () => ++n, get: () => n };
}
const counters = [];
for (let i = 0; i < 150; i++) counters.push(counter(i));
gc({ type: 'minor' });
for (let round = 0; round < 3; round++) {
  for (const c of counters) c.inc();
  const garbage = [];
  for (let i = 0; i < 300; i++) garbage.push({ i, s: 'g' + i });
  if (round === 1) gc();
}
let sum = 0;
for (const c of counters) sum += c.get();
console.log(sum, counters[0].get(), counters[149].get());
const adders = [];
for (let i = 0; i < 100; i++) { const base = { v: i }; adders.push((x) => x + base.v); }
gc();
console.log(adders.reduce((acc, f) => f(acc), 0));
