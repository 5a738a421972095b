// Flags: --expose-gc
// A cache (Map + arrays of records) that grows past several semispaces,
// shrinks, and grows again: entries keep their contents throughout.
const cache = new Map();
function record(i) { return { id: i, name: 'item' + i, tags: [i % 3, i % 5, i % 7], payload: { sq: i * i } }; }
for (let i = 0; i < 400; i++) cache.set(i, record(i));
console.log('grown', cache.size);
for (let i = 0; i < 400; i++) if (i % 4 !== 0) cache.delete(i);
gc();
console.log('shrunk', cache.size);
for (let i = 400; i < 530; i++) cache.set(i, record(i));
gc({ type: 'minor' });
let sum = 0, names = 0;
for (const [k, v] of cache) {
  if (v.id !== k || v.payload.sq !== k * k || v.tags[1] !== k % 5) throw new Error('corrupt ' + k);
  sum += v.id; names += v.name.length;
}
console.log('regrown', cache.size, sum, names);
