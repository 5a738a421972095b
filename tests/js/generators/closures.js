// Generators capture variables by context; closures made inside a generator
// see later updates and keep working after it finishes.
function makeCounter() {
  let total = 0;
  function* counter(step) {
    while (true) {
      total += step;
      const snapshot = total;
      yield () => snapshot + ':' + total;
    }
  }
  return { counter, get total() { return total; } };
}
const c = makeCounter();
const it = c.counter(5);
const f1 = it.next().value;
const f2 = it.next().value;
console.log(f1(), f2(), c.total);
const it2 = c.counter(1);
it2.next();
console.log(f1(), f2(), c.total);

function* blocks() {
  const fns = [];
  for (let i = 0; i < 3; i++) {
    fns.push(() => i);
    yield i;
  }
  yield fns.map((f) => f());
}
console.log([...blocks()]);
