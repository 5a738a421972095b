// Async generators: yield awaits its operand, next() returns a promise per
// request, and the settle order against plain promise reactions matches
// node tick for tick.
async function* gen(x) {
  console.log('start', x);
  const a = yield 1;
  console.log('got', a);
  const b = await Promise.resolve('awaited');
  console.log('after await', b);
  yield Promise.resolve(2);
  return 'ret';
}

const g = gen('arg');
console.log('created', typeof g.next, g[Symbol.asyncIterator]() === g);
const p1 = g.next('ignored');
console.log('p1 is promise', p1 instanceof Promise);
p1.then((r) => console.log('p1', r));
Promise.resolve().then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
g.next('A').then((r) => console.log('p2', r));
g.next('B').then((r) => console.log('p3', r));
g.next('C').then((r) => console.log('p4', r));
console.log('sync end');
