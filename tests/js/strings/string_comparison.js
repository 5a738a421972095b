// Equality and ordering of strings built in different ways (flat, concatenated,
// sliced) must agree.
const a = 'hello world';
const b = 'hello' + ' ' + 'world';
let c = '';
for (let i = 0; i < a.length; i++) c += a[i];
const d = 'xx hello world xx'.slice(3, 14);
console.log(a === b, a === c, a === d, b == c);
console.log(a < 'hello worle', a > 'hello', 'Hello' < 'hello');
const keys = {};
keys[b] = 1;
console.log(keys[c], keys[d], keys['hello world']);
