// destructuring in a hot loop (tiers up under the JIT)
let sum = 0;
const pts = [];
for (let i = 0; i < 200; i++) pts.push({x: i, y: [i, i * 2]});
for (let round = 0; round < 6; round++) {
  for (const {x, y: [, y2]} of pts) sum += x + y2;
}
console.log(sum);
