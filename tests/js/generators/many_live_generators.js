// Flags: --expose-gc
// Modes: default no-jit jit-eager ic-eager
// Reason: 2000 live generators and explicit full GCs; too slow with a GC at every allocation (gc_during_generation.js runs under gc-stress).
// Many suspended generators stay alive across garbage collections: each
// holds its registers, parameters and context in its heap object.
function* counter(id, label) {
  const tag = { id, label: label + id };
  let n = 0;
  const history = [];
  while (true) {
    const sent = yield tag.label + ':' + n;
    history.push(sent);
    n++;
    if (n % 50 === 0) yield history.length;
  }
}
const gens = [];
for (let i = 0; i < 2000; i++) {
  const g = counter(i, 'g');
  g.next();
  gens.push(g);
}
let garbage = [];
for (let round = 0; round < 10; round++) {
  for (let i = 0; i < gens.length; i += 7) gens[i].next({ round, junk: new Array(10).fill(round) });
  garbage = [];
  if (round % 5 === 4) gc();
  for (let j = 0; j < 2000; j++) garbage.push({ j, s: 'x' + j });
}
console.log(gens[0].next('last').value, gens[7].next().value, gens[1999].next().value);
let total = 0;
for (const g of gens) total += g.next().value.length;
console.log(total);
