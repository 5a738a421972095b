// Clearing a property with `= undefined`: the object keeps its shape.
// Pair: delete-delete.js. Run both through
//   lucid compare examples/compare/delete-undefined.js examples/compare/delete-delete.js
//
// Every record keeps the shape {id,tmp,value}; tmp just holds undefined.
// Loads of r.id and r.value stay fast in-object field loads.
let total = 0;
for (let i = 0; i < 200000; i++) {
  const r = { id: i, tmp: i * 3, value: i * 2 };
  r.tmp = undefined;
  total += r.value - r.id;
}
console.log('delete: total =', total);
