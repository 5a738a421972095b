// Iteration follows insertion order: overwriting a value keeps the key's
// place, deleting and re-adding moves it to the end.
const m = new Map([['c', 1], ['a', 2], ['b', 3]]);
console.log([...m.keys()].join());
m.set('a', 20);
console.log([...m].join(' | '));
m.delete('c');
m.set('c', 100);
console.log([...m.entries()].join(' | '));
for (let i = 10; i > 0; i--) m.set(i, i);
console.log([...m.keys()].join());
const s = new Set([3, 1, 2]);
s.add(1);
s.delete(3);
s.add(3);
console.log([...s].join(), [...s.keys()].join(), [...s.entries()].join(' | '));
const keys = [];
m.forEach((value, key) => keys.push(key));
console.log(keys.join());
