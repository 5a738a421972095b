// Maps and sets wherever iterables go: for-of with destructuring, spread,
// Array.from, Object.fromEntries, new Map(Object.entries(o)).
const m = new Map([['a', 1], ['b', 2]]);
for (const [key, value] of m) console.log(key, value);
console.log([...m], [...m.values()], Array.from(m.keys()));
console.log(Object.fromEntries(m));
console.log(new Map(Object.entries({ x: 1, y: 2 })));
const s = new Set([1, 2, 3]);
console.log(Math.max(...s), [...s].map(v => v * 2));
const [first, second] = s;
console.log(first, second);
console.log(Array.from(new Map([[1, 'one']]).entries()));
