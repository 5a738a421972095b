// Every property assigned in the constructor: one shape for all instances.
// Pair: add-after-construction-later.js. Run both through
//   lucid compare examples/compare/add-after-construction-constructor.js examples/compare/add-after-construction-later.js
//
// Each Vec gets x, y and z in the same order, so all share the shape
// root(Vec) -> {x} -> {x,y} -> {x,y,z}, and length() reads one shape.
function Vec(x, y, z) {
  this.x = x;
  this.y = y;
  this.z = z;
}

function length1(v) {
  return v.x + v.y + v.z;
}

const vecs = [];
for (let i = 0; i < 1000; i++) vecs.push(new Vec(i, 1, i % 2 === 0 ? 2 : 0));
let total = 0;
for (let round = 0; round < 1000; round++) {
  for (let i = 0; i < vecs.length; i++) total += length1(vecs[i]);
}
console.log('add-after-construction: total =', total);
