// Guards Array.prototype.copyWithin: negative and default indices,
// overlapping ranges copied as if through a buffer, holes deleted at the
// target, array-likes.
console.log([1, 2, 3, 4, 5].copyWithin(0, 3));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3, 4));
console.log([1, 2, 3, 4, 5].copyWithin(-2, -3, -1));
console.log([1, 2, 3, 4, 5].copyWithin(1, 0));
console.log([1, 2, 3, 4, 5].copyWithin(0, 1));
console.log([1, 2, , 4, 5].copyWithin(0, 1, 3));
console.log([1, 2, 3].copyWithin(5), [1, 2, 3].copyWithin(0, 5), [1, 2, 3].copyWithin(1, 0, -5));
console.log(Array.prototype.copyWithin.call({ length: 5, 3: 1 }, 0, 3));
const a = [1, 2, 3];
console.log(a.copyWithin(0, 1) === a, [].copyWithin.length);
try { Array.prototype.copyWithin.call(undefined, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
