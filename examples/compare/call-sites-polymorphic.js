// One load site that sees 2 shapes: polymorphic.
// Pair: call-sites-megamorphic.js. Run both through
//   lucid compare examples/compare/call-sites-polymorphic.js examples/compare/call-sites-megamorphic.js
//
// getX's `o.x` sees {x,a} and {x,b}: two shapes, so its inline cache keeps
// both (polymorphic, up to 4 shapes) and each load checks at most two.
function getX(o) {
  return o.x;
}

const objects = [];
for (let i = 0; i < 1000; i++) {
  objects.push(i % 2 === 0 ? { x: i, a: 1 } : { x: i, b: 1 });
}
let total = 0;
for (let round = 0; round < 1000; round++) {
  for (let i = 0; i < objects.length; i++) total += getX(objects[i]);
}
console.log('call-sites: total =', total);
