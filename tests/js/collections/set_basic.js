// Set basics: add (returns the set), has, delete, clear, size, duplicates.
const s = new Set();
console.log(s.add(1) === s, s.size);
s.add(2).add(2).add('2').add(1);
console.log(s.size, s.has(2), s.has('2'), s.has(3));
console.log(s.delete(2), s.delete(2), s.size);
const o = {};
s.add(o).add(o).add({});
console.log(s.size, s.has(o), s.has({}));
console.log(s.clear(), s.size, s.has(1));
s.add(undefined);
console.log(s.has(), s.size, [...s]);
