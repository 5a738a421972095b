// Symbol.iterator is a well-known symbol shared by arrays and strings.
console.log(typeof Symbol.iterator, Symbol.iterator.toString());
console.log(typeof [][Symbol.iterator], typeof ''[Symbol.iterator]);
console.log([][Symbol.iterator] === Array.prototype[Symbol.iterator]);
const it = [10, 20][Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
const sit = 'ab'[Symbol.iterator]();
console.log(sit.next().value, sit.next().value, sit.next().done);
