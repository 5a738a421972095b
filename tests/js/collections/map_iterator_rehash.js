// An iterator survives its table being replaced: growing (rehash to more
// buckets), shrinking after many deletes, and clear, in any order.
const m = new Map();
for (let i = 0; i < 4; i++) m.set(i, i);
const it = m.keys();
console.log(it.next().value, it.next().value);
for (let i = 4; i < 200; i++) m.set(i, i);   // several grows
console.log(it.next().value);
for (let i = 0; i < 190; i++) m.delete(i);   // several shrinks
const rest = [];
for (const k of it) rest.push(k);
console.log(rest.join());
const s = new Set();
for (let i = 0; i < 64; i++) s.add(i);
const vi = s.values();
for (let i = 0; i < 10; i++) vi.next();
for (let i = 0; i < 60; i += 2) s.delete(i);  // holes before and after the cursor
for (let i = 100; i < 140; i++) s.add(i);     // grow again
const tail = [];
for (const v of vi) tail.push(v);
console.log(tail.length, tail.slice(0, 8).join(), tail.slice(-3).join());
const e = s.entries();
e.next();
s.clear();
for (let i = 0; i < 20; i++) s.add('n' + i);
let count = 0;
for (const [a, b] of e) { if (a !== b) throw new Error('pair'); count++; }
console.log(count);
