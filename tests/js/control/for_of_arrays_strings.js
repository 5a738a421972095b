// for-of over arrays (holes as undefined) and strings (by code point).
const out = [];
for (const v of [1, , 'three']) out.push(v);
console.log(out);
const chars = [];
for (const c of 'a\u00e9\ud83d\ude00b') chars.push(c);
console.log(chars, chars.length);
// Appending during iteration is seen; the iterator reads length each step.
const a = [1, 2];
const seen = [];
for (const v of a) { seen.push(v); if (v < 4) a.push(v + 2); }
console.log(seen);
let last;
for (last of ['x', 'y']);
console.log(last);
