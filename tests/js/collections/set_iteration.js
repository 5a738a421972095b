// Set iteration: values, keys (the same function), entries as [v, v] pairs,
// for-of, spread, Array.from with a mapper, forEach order.
const s = new Set(['a', 'b', 'c']);
console.log([...s.values()], [...s.keys()], [...s.entries()]);
for (const v of s) console.log(v);
console.log(Array.from(s, (v, i) => v + i));
const seen = [];
s.forEach((v, k) => seen.push(v + k));
console.log(seen.join());
const it = s.values();
s.add('d');
console.log([...it].join());
const dedup = [...new Set([3, 1, 3, 2, 1])];
console.log(dedup);
