// Array methods work on array-like objects through call.
const like = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
console.log(Array.prototype.join.call(like, '+'));
console.log(Array.prototype.map.call(like, s => s.toUpperCase()));
console.log(Array.prototype.indexOf.call(like, 'c'));
console.log(Array.prototype.filter.call('hello', c => c !== 'l'));
console.log(Array.prototype.reduce.call('abc', (acc, c) => c + acc, ''));
const obj = { length: 0 };
Array.prototype.push.call(obj, 'x', 'y');
console.log(obj);
