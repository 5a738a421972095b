// More than 6 numbers go several per line (node groups them in aligned columns);
// more than 100 items print "... N more items".
const a = [];
for (let i = 0; i < 7; i++) a.push(i);
console.log(a);
const b = [];
for (let i = 0; i < 30; i++) b.push(i * 37);
console.log(b);
const c = [];
for (let i = 0; i < 120; i++) c.push(i);
console.log(c);
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota'];
console.log(words);
