// Flags: --allow-natives-syntax
// Closures compiled: context slots read and written (with the write
// barrier) at several depths, counters shared between closures, and
// closures created inside compiled loops.
function makeCounter() {
  let count = 0;
  return { inc() { count++; return count; }, get() { return count; } };
}
const c = makeCounter();
%CompileBaseline(c.inc);
%CompileBaseline(c.get);
for (let i = 0; i < 1000; i++) c.inc();
console.log(c.get());
function outer() {
  let a = 1;
  function middle() {
    let b = 10;
    function inner() { a += 1; b += 100; return a + b; }
    %CompileBaseline(inner);
    return inner;
  }
  return middle();
}
const f = outer();
console.log(f(), f(), f());
function makeAdders() {
  const adders = [];
  for (let i = 0; i < 5; i++) adders.push((x) => x + i);
  return adders;
}
%CompileBaseline(makeAdders);
console.log(makeAdders().map((g) => g(100)).join());
// Objects stored into context slots survive collections.
function keeper() {
  let held = null;
  return {
    set(n) { held = { n, list: new Array(n).fill(n) }; },
    sum() { return held.list.reduce((s, x) => s + x, 0); },
  };
}
const k = keeper();
%CompileBaseline(k.set);
for (let i = 1; i <= 200; i++) { k.set(i); if (i % 50 === 0) console.log(k.sum()); }
