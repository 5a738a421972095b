// Flags: --allow-natives-syntax
// Modes: default no-jit jit-eager ic-eager
// Reason: 20000 keys take minutes under --gc-stress; gc_object_keys.js runs the same story smaller there.
// A map too big for a regular page (its table is a large object, old from
// birth) holding 20000 young object keys: the write barrier records every
// old-to-young slot, scavenges and full GCs move the keys, and every lookup
// by identity still succeeds.
const keep = [];
const m = new Map();
for (let i = 0; i < 20000; i++) {
  const k = { i };
  keep.push(k);
  m.set(k, 'v' + i);
  if (i % 5000 === 0) %CollectGarbage(0);
}
let junk = [];
for (let i = 0; i < 50000; i++) junk.push({ i });   // scavenges while the map is old
junk = null;
%CollectGarbage(0);
let ok = 0;
for (let i = 0; i < keep.length; i++) if (m.get(keep[i]) === 'v' + i) ok++;
console.log(ok, m.size);
const s = new Set(keep);
for (let i = 0; i < keep.length; i += 2) s.delete(keep[i]);
%CollectGarbage(0);
console.log(s.size, s.has(keep[1]), s.has(keep[2]), [...s].slice(0, 3).map(o => o.i).join());
