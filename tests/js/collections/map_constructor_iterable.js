// new Map(iterable): arrays of pairs, another map, a custom iterable, array
// likes as entries (only "0" and "1" are read), strings, iterator objects.
console.log(new Map([[1, 'a'], [2, 'b']]));
console.log(new Map(null), new Map(undefined), new Map([]));
const src = new Map([['x', 1], ['y', 2]]);
const copy = new Map(src);
copy.set('z', 3);
console.log(src.size, copy.size, copy.get('x'));
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return { next() { i++; return i <= 3 ? { value: [i, i * i], done: false } : { value: 'ignored', done: true }; } };
  }
};
console.log(new Map(iterable));
console.log(new Map([{ 0: 'k', 1: 'v', 2: 'ignored', length: 3 }]));
console.log(new Map([['only key']]).get('only key'));
try { new Map(['ab', 'cd']); } catch (e) { console.log(e.message); }
const pairs = [['g', 1], ['h', 2]];
console.log(new Map(pairs[Symbol.iterator]()));
console.log(new Map([[1, 'first'], [1, 'second']]));
console.log(new Set('hello'), new Set(new Set([1, 2])), new Set(pairs.values()).size);
