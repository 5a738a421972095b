// Adding many properties (past any in-object slack) keeps every value reachable.
const o = {};
for (let i = 0; i < 200; i++) o['p' + i] = i * i;
let sum = 0;
for (let i = 0; i < 200; i++) sum += o['p' + i];
console.log(sum, Object.keys(o).length, o.p0, o.p199);
const copies = [];
for (let j = 0; j < 50; j++) {
  const c = {};
  for (let i = 0; i < 20; i++) c['f' + i] = j;
  copies.push(c);
}
console.log(copies[0].f19, copies[49].f0, copies.length);
