// Guards ES2023's copying methods: toReversed, toSorted, toSpliced and with
// leave the receiver alone, read holes as undefined, work on array-likes and
// check their arguments as V8 does.
const a = [3, 1, 2];
console.log(a.toReversed(), a.toSorted(), a.toSorted((x, y) => y - x), a);
console.log(a.toSpliced(1, 1, 'z'), a.toSpliced(), a.toSpliced(1), a.toSpliced(-1, 0, 'p', 'q'));
console.log(a.with(0, 'first'), a.with(-1, 'last'), a);
console.log([1, , 3].toReversed(), [1, , 3].toSorted(), [1, , 3].toSpliced(0, 0), [1, , 3].with(0, 0));
const like = { length: 3, 0: 'c', 2: 'a' };
console.log(Array.prototype.toReversed.call(like));
console.log(Array.prototype.toSorted.call(like));
console.log(Array.prototype.toSpliced.call(like, 0, 1));
console.log(Array.prototype.with.call(like, 1, 'b'));
console.log(like);
for (const bad of [() => [1, 2].with(2, 0), () => [1, 2].with(-3, 0), () => [3, 2].toSorted(null),
                   () => [3, 2].toSorted('x'), () => Array.prototype.toReversed.call(null)]) {
  try { bad(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log([].toReversed.length, [].toSorted.length, [].toSpliced.length, [].with.length);
// toSorted is stable, like sort.
const people = [['b', 1], ['a', 2], ['b', 0], ['a', 1]];
console.log(people.toSorted((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(p => p.join('')).join(' '));
