// user iterables: class with [Symbol.iterator], iterator objects reused, infinite with break
class Range {
  constructor(a, b) { this.a = a; this.b = b; }
  *[Symbol.iterator]() { for (let i = this.a; i < this.b; i++) yield i; }
}
console.log([...new Range(1, 5)]);
const it = [1, 2, 3][Symbol.iterator]();
it.next();
console.log([...it], [...it]);
function* naturals() { let n = 0; for (;;) yield n++; }
for (const n of naturals()) { if (n > 3) break; console.log(n); }
