// A deterministic random walk of set/add, delete, get/has, clear and live
// iterators over a Map and a Set with every kind of key, checked against
// node step by step (sizes and contents every 500 steps).
let seed = 777;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 2147483648 * n); }
const objs = []; for (let i = 0; i < 30; i++) objs.push({ i });
const keyPool = () => { const r = rnd(8); switch (r) { case 0: return rnd(50); case 1: return 's' + rnd(50); case 2: return objs[rnd(30)]; case 3: return rnd(3) === 0 ? NaN : -0; case 4: return rnd(40) + 0.5; case 5: return [undefined, null, true, false][rnd(4)]; case 6: return ('x' + rnd(20)).repeat(2); default: return rnd(1000); } };
const show = v => typeof v === 'object' && v !== null ? 'o' + v.i : String(v);
const m = new Map(), s = new Set();
const iters = [];
const log = [];
for (let step = 0; step < 2500; step++) {
  const op = rnd(12);
  const k = keyPool();
  if (op < 4) { m.set(k, step); s.add(k); }
  else if (op < 7) { log.push(m.delete(k), s.delete(k)); }
  else if (op < 9) { log.push(show(m.get(k)), m.has(k), s.has(k)); }
  else if (op === 9 && rnd(30) === 0) { m.clear(); if (rnd(2)) s.clear(); }
  else if (op === 10) { if (iters.length < 8) iters.push(rnd(2) ? m.entries() : s.values()); }
  else { const i = rnd(iters.length || 1); if (iters[i]) { const r = iters[i].next(); log.push(r.done ? 'done' : show(Array.isArray(r.value) ? r.value[0] : r.value)); if (r.done) iters.splice(i, 1); } }
  if (step % 500 === 0) log.push('size', m.size, s.size, [...m.keys()].map(show).join(','), [...s].map(show).join(','));
}
console.log(log.join(' '));
