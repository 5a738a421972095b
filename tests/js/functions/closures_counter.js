// Independent closures over separate activations.
function makeCounter() {
  let n = 0;
  return function () { return ++n; };
}
const c1 = makeCounter();
const c2 = makeCounter();
console.log(c1(), c1(), c1(), c2(), c1(), c2());
// A closure keeps its environment alive after the outer function returned.
function outer() {
  const big = [];
  for (let i = 0; i < 100; i++) big.push(i);
  return () => big.length + big[99];
}
const keep = outer();
console.log(keep());
