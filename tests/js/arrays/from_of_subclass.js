// Guards Array.from and Array.of called on another constructor: a subclass
// of Array gets instances of itself (from iterables and array-likes), a
// plain constructor function gets its own objects with length set, and a
// non-constructor receiver falls back to a plain array.
class List extends Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const fromSet = List.from(new Set([1, 2, 3]));
const fromLike = List.from({ length: 2, 0: 5, 1: 6 }, x => x * 2);
const of = List.of(7, 8);
console.log(fromSet instanceof List, fromSet.sum(), fromSet, fromLike.sum(), of.sum(), of.length);
function Bag(n) { this.made = n; }
const bag = Array.of.call(Bag, 'a', 'b');
console.log(bag instanceof Bag, bag.made, bag.length, bag[0], bag[1]);
const bag2 = Array.from.call(Bag, 'xy');
console.log(bag2.made, bag2.length, bag2[1]);
const plain = Array.of.call(null, 1, 2);
console.log(Array.isArray(plain), plain, Array.from.call(Math.max, [3]));
console.log(Array.from.call(Object, [1, 2]));
