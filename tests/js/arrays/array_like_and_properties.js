// Arrays are objects: they can carry named properties, which do not count in length.
const a = [1, 2];
a.name = 'named';
console.log(a.length, a.name, Object.keys(a));
console.log(a);
for (const k in a) console.log('for-in key', k, typeof k);
console.log(a instanceof Array, typeof a, Object.getPrototypeOf(a) === Array.prototype);
