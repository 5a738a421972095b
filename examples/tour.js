// The README's 30-second tour: shapes and an inline cache in a few lines.
// build/runtime/lucid --trace-shapes examples/tour.js
// build/runtime/lucid --trace-ic --no-lazy-feedback-allocation examples/tour.js
function getX(p) { return p.x; }
const a = { x: 1, y: 2 };
const b = { y: 2, x: 1 };  // same properties, other order: another shape
a.z = 3;                   // added after creation: a moves to a new shape
getX(a);
getX(b);                   // getX's load of p.x sees a second shape
delete a.x;                // not the last property: dictionary mode
console.log(getX(a), getX(b));
