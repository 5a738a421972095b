// Property order, inconsistent: half the points get x then y, half y then x.
// Pair: property-order-consistent.js. Run both through
//   lucid compare examples/compare/property-order-consistent.js examples/compare/property-order-inconsistent.js
//
// Same properties, other order, other shape: {} -> {x} -> {x,y} and
// {} -> {y} -> {y,x} are two branches of the transition tree. The loads
// p.x and p.y in sum() see both shapes and become polymorphic.
function makePoint(i) {
  const p = {};
  if (i % 2 === 0) {
    p.x = i;
    p.y = i + 1;
  } else {
    p.y = i + 1;
    p.x = i;
  }
  return p;
}

function sum(points) {
  let total = 0;
  for (let i = 0; i < points.length; i++) total += points[i].x + points[i].y;
  return total;
}

const points = [];
for (let i = 0; i < 1000; i++) points.push(makePoint(i));
let total = 0;
for (let round = 0; round < 1000; round++) total += sum(points);
console.log('property-order: total =', total);
