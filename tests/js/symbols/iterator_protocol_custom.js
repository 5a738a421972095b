// A hand-written iterable, iterated twice and used to build an array.
class Countdown {
  constructor(from) { this.from = from; }
  [Symbol.iterator]() {
    let n = this.from;
    return { next: () => (n > 0 ? { value: n--, done: false } : { done: true }) };
  }
}
const c = new Countdown(3);
const first = [];
for (const v of c) first.push(v);
const second = [];
for (const v of c) second.push(v * 10);
console.log(first, second);
// The iterator object may be the iterable itself.
const selfIter = {
  i: 0,
  [Symbol.iterator]() { return this; },
  next() { return this.i < 2 ? { value: 'v' + this.i++, done: false } : { value: 'end', done: true }; },
};
for (const v of selfIter) console.log(v);
