// A set grown to thousands of entries and shrunk back: sizes, membership and
// order stay right through every rehash.
const s = new Set();
for (let i = 0; i < 3000; i++) s.add(i);
console.log(s.size, s.has(0), s.has(2999), s.has(3000));
for (let i = 0; i < 3000; i++) if (i % 100 !== 0) s.delete(i);
console.log(s.size, [...s].join());
for (let i = 0; i < 50; i++) s.add(-i);
console.log(s.size, [...s].slice(28, 33).join());
s.clear();
console.log(s.size, [...s].length);
const m = new Map();
for (let round = 0; round < 5; round++) {
  for (let i = 0; i < 200; i++) m.set(i, round);
  for (let i = 0; i < 200; i += 2) m.delete(i);
}
console.log(m.size, m.get(1), m.get(2), [...m.keys()].slice(0, 4).join());
