// Mutating a map or set while iterating it, as the spec says: entries added
// during iteration are visited, deleted ones are skipped, and clear() ends
// the iteration (entries added after the clear are visited).
const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const seen = [];
for (const [k] of m) {
  seen.push(k);
  if (k === 1) { m.delete(2); m.set(4, 'd'); }
  if (k === 4) m.set(5, 'e');
}
console.log(seen.join());
const s = new Set([1, 2, 3, 4]);
const out = [];
for (const v of s) {
  out.push(v);
  if (v === 2) { s.clear(); s.add('after clear'); }
}
console.log(out.join(), s.size);
const s2 = new Set([1]);
let steps = 0;
for (const v of s2) {
  if (v < 5) { s2.delete(v); s2.add(v + 1); }
  steps++;
}
console.log(steps, [...s2]);
const m2 = new Map([['x', 1], ['y', 2], ['z', 3]]);
const visited = [];
m2.forEach((v, k, map) => {
  visited.push(k);
  if (k === 'x') map.delete('y');
  if (k === 'z') map.set('w', 4);
});
console.log(visited.join());
const it = m2.keys();
console.log(it.next().value);
m2.clear();
console.log(JSON.stringify(it.next()));
m2.set('new', 1);
console.log(JSON.stringify(it.next()));
const it2 = new Set([1, 2]).values();
it2.next(); it2.next(); it2.next();
console.log(JSON.stringify(it2.next()));
