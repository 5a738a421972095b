// String concatenation with + and +=, of every primitive type.
let s = 'a';
s = s + 'b';
s += 'c';
console.log(s, s.length);
console.log('x' + 1 + 2, 1 + 2 + 'x', 'x' + (1 + 2));
console.log('' + '', ('' + '').length);
console.log('null:' + null + ' undef:' + undefined + ' bool:' + true + ' num:' + 1.5);
let long = '';
for (let i = 0; i < 10; i++) long += i;
console.log(long, long.length);
const parts = ['a', 'b', 'c'];
let joined = '';
for (let i = 0; i < parts.length; i++) joined = parts[i] + joined;
console.log(joined);
