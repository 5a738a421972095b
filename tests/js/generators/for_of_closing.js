// Iterator closing for generators: break, return and throw inside for-of,
// and destructuring, all call return() so finally blocks run.
function* g(tag) {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log(tag, 'closed');
  }
}
for (const x of g('break')) { if (x === 2) break; }
function f() { for (const x of g('return')) { return x; } }
console.log(f());
try { for (const x of g('throw')) { throw new Error('from body ' + x); } } catch (e) { console.log(e.message); }
const [first] = g('destructuring');
console.log(first);
const [p, q, r, s] = g('exhausted');
console.log(p, q, r, s);
outer: for (const a of g('labeled outer')) {
  for (const b of g('labeled inner')) {
    if (b === 2) continue outer;
  }
}
