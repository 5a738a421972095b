// Keyed loads and stores: elements (in bounds, holes, out of bounds,
// elements on prototypes), string indices, and name keys.
const arr = [1, 2, 3, 4];
function at(a, i) { return a[i]; }
function put(a, i, v) { a[i] = v; }
let s = 0;
for (let i = 0; i < 3000; i++) { s += at(arr, i & 3); put(arr, i & 3, (i & 7) + 1); }
console.log(s, arr.join());
const holey = [1, , 3];
console.log(at(holey, 1), at(holey, 7), at(holey, -1));
Array.prototype[1] = 'from proto';
console.log(at(holey, 1));
delete Array.prototype[1];
console.log(at(holey, 1));
put(arr, 4, 5); put(arr, 10, 11);
console.log(arr.length, at(arr, 9), at(arr, 10));
put(arr, 0, 1.5); put(arr, 1, 'str');
console.log(arr.join());
const str = 'hello';
let chars = '';
for (let i = 0; i < 5; i++) chars += at(str, i);
console.log(chars, at(str, 9));
const obj = { a: 1, b: 2, c: 3 };
let names = 0;
for (let i = 0; i < 2000; i++) { names += at(obj, 'a') + at(obj, ['a', 'b', 'c'][i % 3]); }
console.log(names);
const sym = Symbol('k');
const withSym = { [sym]: 'symbol value' };
console.log(at(withSym, sym));
put(obj, 'd', 4); put(obj, 'a', 10);
console.log(JSON.stringify(obj));
const typed = { length: 2, 0: 'x', 1: 'y' };
console.log(at(typed, 0) + at(typed, 1) + at(typed, '1'));
