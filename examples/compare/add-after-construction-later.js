// A property added after construction, to some instances only: two shapes.
// Pair: add-after-construction-constructor.js. Run both through
//   lucid compare examples/compare/add-after-construction-constructor.js examples/compare/add-after-construction-later.js
//
// The constructor makes {x,y}; `v.z = 2` afterwards moves half the
// instances to {x,y,z}, a shape of its own. length1() sees both shapes
// (its loads go polymorphic), and v.z is missing on the others, so the
// load of v.z walks the prototype chain and finds nothing (undefined, here
// turned into 0 with `|| 0`).
function Vec(x, y) {
  this.x = x;
  this.y = y;
}

function length1(v) {
  return v.x + v.y + (v.z || 0);
}

const vecs = [];
for (let i = 0; i < 1000; i++) {
  const v = new Vec(i, 1);
  if (i % 2 === 0) v.z = 2;
  vecs.push(v);
}
let total = 0;
for (let round = 0; round < 1000; round++) {
  for (let i = 0; i < vecs.length; i++) total += length1(vecs[i]);
}
console.log('add-after-construction: total =', total);
