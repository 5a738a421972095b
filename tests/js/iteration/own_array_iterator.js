// Guards that an own Symbol.iterator on one array is honoured by spread and
// for-of, while other arrays keep iterating their elements.
const a = [1, 2, 3];
const b = [4, 5, 6];
console.log([...a], [...b]);
a[Symbol.iterator] = function* () { yield "own"; };
console.log([...a], [...b]);
for (const x of a) console.log("a", x);
for (const x of b) console.log("b", x);
console.log(Math.max(...b), ((...r) => r)(...a));
const c = [7, 8];
Object.defineProperty(c, Symbol.iterator, { value: function* () { yield "defined"; } });
console.log([...c]);
class MyArray extends Array { *[Symbol.iterator]() { yield "sub"; } }
const m = MyArray.from([1, 2]);
console.log([...m], m.length);
