// A linked list and a tree that stay alive while garbage is allocated around
// them; every value must be intact afterwards (pointers updated by a moving GC).
let list = null;
for (let i = 0; i < 500; i++) list = { value: i, next: list, label: 'node' + i };
function tree(d) { return d === 0 ? { leaf: true } : { left: tree(d - 1), right: tree(d - 1), d }; }
const t = tree(8);
let garbage = 0;
for (let i = 0; i < 3000; i++) garbage += ['x' + i, { i }].length;
let sum = 0, count = 0;
for (let n = list; n; n = n.next) { sum += n.value; count++; }
function leaves(n) { return n.leaf ? 1 : leaves(n.left) + leaves(n.right); }
console.log(sum, count, list.label, leaves(t), t.d, garbage);
