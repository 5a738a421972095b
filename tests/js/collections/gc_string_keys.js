// Flags: --allow-natives-syntax
// String keys are hashed by content: keys built at run time (ropes, slices,
// numbers turned to strings) find entries made from literals, across GCs.
const m = new Map();
for (let i = 0; i < 800; i++) m.set('key-' + i, i);
%CollectGarbage(0);
let ok = 0;
for (let i = 0; i < 800; i++) {
  const k = ['key', String(i)].join('-');
  if (m.get(k) === i) ok++;
}
console.log(ok);
const rope = 'abcdefghijklmnop'.repeat(3) + 'q';
m.set(rope, 'rope');
%CollectGarbage(0);
console.log(m.get('abcdefghijklmnopabcdefghijklmnopabcdefghijklmnopq'));
const s = new Set();
for (let i = 0; i < 300; i++) s.add(String(i % 100));
console.log(s.size, s.has('99'), s.has(99));
