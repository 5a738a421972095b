// One load site that sees 8 shapes: megamorphic.
// Pair: call-sites-polymorphic.js. Run both through
//   lucid compare examples/compare/call-sites-polymorphic.js examples/compare/call-sites-megamorphic.js
//
// getX's `o.x` sees {x,a}, {x,b}, ... {x,h}: eight shapes, more than an
// inline cache keeps (4), so the site goes megamorphic and every load
// probes the global stub cache (shape, name) -> handler instead.
function getX(o) {
  return o.x;
}

function make(i) {
  switch (i % 8) {
    case 0: return { x: i, a: 1 };
    case 1: return { x: i, b: 1 };
    case 2: return { x: i, c: 1 };
    case 3: return { x: i, d: 1 };
    case 4: return { x: i, e: 1 };
    case 5: return { x: i, f: 1 };
    case 6: return { x: i, g: 1 };
    default: return { x: i, h: 1 };
  }
}

const objects = [];
for (let i = 0; i < 1000; i++) objects.push(make(i));
let total = 0;
for (let round = 0; round < 1000; round++) {
  for (let i = 0; i < objects.length; i++) total += getX(objects[i]);
}
console.log('call-sites: total =', total);
