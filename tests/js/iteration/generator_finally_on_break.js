// breaking out of for-of over a generator runs its finally blocks
function* g() {
  try { yield 1; yield 2; } finally { console.log('cleanup 1'); }
}
function* outer() {
  try { yield* g(); yield 3; } finally { console.log('cleanup outer'); }
}
for (const x of outer()) { console.log(x); break; }
const it = outer();
for (const x of it) { if (x === 2) break; }
console.log(it.next());
