// Map and Set iteration sees entries added during the loop
const m = new Map([[1, 'a']]);
for (const [k] of m) { if (k < 4) m.set(k + 1, 'x'); }
console.log([...m.keys()]);
const s = new Set([1, 2, 3]);
for (const v of s) { s.delete(v + 1); console.log(v); }
