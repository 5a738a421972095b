// private fields: per-instance, per-class, invisible to reflection
class Counter {
  #count = 0;
  inc() { return ++this.#count; }
  static compare(a, b) { return a.#count - b.#count; }
}
const a = new Counter(), b = new Counter();
a.inc(); a.inc(); b.inc();
console.log(a.inc(), Counter.compare(a, b), Object.keys(a), JSON.stringify(a), Object.getOwnPropertySymbols(a));
console.log(a);
