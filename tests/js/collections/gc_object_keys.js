// Flags: --allow-natives-syntax
// Thousands of object keys keep their identity hash through full GCs (which
// move objects): every key is still found afterwards, values intact, and
// keys that died from other references stay alive through the map.
const keys = [];
const m = new Map();
const s = new Set();
for (let i = 0; i < 1000; i++) {
  const k = { id: i };
  if (i % 3 === 0) keys.push(k);
  m.set(k, i * 2);
  s.add(k);
}
%CollectGarbage(0);
let found = 0;
for (const k of keys) if (m.get(k) === k.id * 2 && s.has(k)) found++;
console.log(found, keys.length, m.size, s.size);
let sum = 0;
for (const [k, v] of m) sum += v - k.id * 2;
console.log(sum);
for (const k of keys) m.delete(k);
%CollectGarbage(0);
console.log(m.size, m.has(keys[0]), s.has(keys[1]));
const dict = { a: 1 };
m.set(dict, 'dictionary');
for (let i = 0; i < 40; i++) dict['p' + i] = i;   // property growth after hashing
delete dict.a;                                    // dictionary mode
%CollectGarbage(0);
console.log(m.get(dict));
