// Property order, consistent: every point gets x, then y.
// Pair: property-order-inconsistent.js. Run both through
//   lucid compare examples/compare/property-order-consistent.js examples/compare/property-order-inconsistent.js
//
// Objects built by adding the same properties in the same order share one
// shape (hidden class): {} -> {x} -> {x,y}. The loads p.x and p.y in sum()
// then see one shape and stay monomorphic.
function makePoint(i) {
  const p = {};
  p.x = i;
  p.y = i + 1;
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
