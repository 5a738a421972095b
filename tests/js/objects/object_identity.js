// Objects are compared by identity and passed by sharing.
const a = { v: 1 };
const b = a;
b.v = 2;
console.log(a.v, a === b, { v: 2 } === a);
function mutate(o) { o.v = 'mutated'; o = { v: 'replaced' }; return o; }
const r = mutate(a);
console.log(a.v, r.v);
const key1 = {};
const key2 = {};
const table = {};
table[key1] = 'first';
table[key2] = 'second';
console.log(table[key1], Object.keys(table));
