// console.log of sets and iterators as node prints them, including
// partly consumed and exhausted iterators.
console.log(new Set([1, 2, 3]), new Set());
console.log(new Set([[1, 2], { a: 1 }, new Set(['x'])]));
const s = new Set();
s.q = 1;
console.log(s);
const big = new Set();
for (let i = 0; i < 105; i++) big.add(i);
console.log(big);
const m = new Map([['a', 1], ['b', 2]]);
console.log([m.entries(), m.keys(), m.values()]);
const it = m.entries();
it.next();
console.log(it, new Set([5, 6]).values(), new Set([5, 6]).entries());
const done = m.keys();
done.next(); done.next(); done.next();
console.log(done);
console.log({ it: new Set(['deep']).values() });
