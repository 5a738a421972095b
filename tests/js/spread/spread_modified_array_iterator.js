// spread respects a replaced Array.prototype[Symbol.iterator] and next()
const saved = Array.prototype[Symbol.iterator];
// (node's console.log iterates arrays itself: results are printed after restoring)
Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };
function f(...a) { return a; }
const results = [[...[1, 2, 3]], f(...[1, 2])];
Array.prototype[Symbol.iterator] = saved;
results.push([...[1, 2, 3]]);
const ArrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]());
const savedNext = ArrayIteratorProto.next;
ArrayIteratorProto.next = function () { return {done: true}; };
const lengths = [[...[1, 2, 3]].length];
ArrayIteratorProto.next = savedNext;
lengths.push([...[1, 2, 3]].length);
console.log(results, lengths);
