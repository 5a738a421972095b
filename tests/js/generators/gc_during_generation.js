// Generators that allocate heavily between yields, with the values they
// yield kept and checked afterwards (their frames move with every GC).
function* objects(n) {
  for (let i = 0; i < n; i++) {
    const o = { i, tag: 'obj' + i, list: [i, i * 2, i * 3] };
    const echo = yield o;
    if (echo !== undefined && echo !== o) throw new Error('echo mismatch at ' + i);
  }
}
const kept = [];
const it = objects(300);
let r = it.next();
while (!r.done) {
  kept.push(r.value);
  const filler = [];
  for (let k = 0; k < 5; k++) filler.push({ k, s: String(k) });
  r = it.next(r.value);
}
let ok = kept.length === 300;
for (let i = 0; i < kept.length; i++) {
  const o = kept[i];
  if (o.i !== i || o.tag !== 'obj' + i || o.list[2] !== i * 3) ok = false;
}
console.log(kept.length, ok);
function* strings() { let s = ''; for (let i = 0; i < 200; i++) { s += String.fromCharCode(65 + (i % 26)); yield s; } }
let last;
for (const s of strings()) last = s;
console.log(last.length, last.slice(0, 30));
