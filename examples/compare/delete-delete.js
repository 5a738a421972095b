// Deleting a property that is not the last one added: dictionary mode.
// Pair: delete-undefined.js. Run both through
//   lucid compare examples/compare/delete-undefined.js examples/compare/delete-delete.js
//
// `delete r.tmp` cannot step back along the transition tree (tmp is not the
// last property), so every record leaves fast mode: its properties move to
// a hash table (a dictionary-mode shape), and r.id / r.value become
// dictionary lookups.
let total = 0;
for (let i = 0; i < 200000; i++) {
  const r = { id: i, tmp: i * 3, value: i * 2 };
  delete r.tmp;
  total += r.value - r.id;
}
console.log('delete: total =', total);
