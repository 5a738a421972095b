// Relational comparison of strings is by UTF-16 code unit; mixed string and
// number compares numerically.
console.log('a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a');
console.log('10' < '9', 10 < 9, '10' < 9, 10 < '9');
console.log('Z' > 'A', 'a' > 'Z', '\u00e9' > 'z');
console.log('abc' <= 'abc', 'abc' >= 'abd');
console.log('x' < 1, 'x' > 1, '' < 1, ' ' < 1);
console.log(null < 1, undefined < 1, [2] > 1, [1, 2] > 1);
console.log('\ud83d\ude00' > '\uffff', 'a\u0000' > 'a');
