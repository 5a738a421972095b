// Modes: default no-jit jit-eager ic-eager
// Reason: allocates about a million short-lived objects; too slow with a GC at every allocation.
// Many short-lived objects and arrays; only a few survive. Exercises the young
// generation and promotion while keeping values intact.
const keep = [];
let checksum = 0;
for (let i = 0; i < 200000; i++) {
  const o = { i, sq: i * i, tag: 'obj' + (i % 100), list: [i, i + 1] };
  checksum = (checksum + o.sq + o.list[1]) % 1000003;
  if (i % 10000 === 0) keep.push(o);
}
console.log(checksum, keep.length, keep[5].tag, keep[19].list);
