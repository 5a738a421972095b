// charCodeAt returns the code unit or NaN.
const s = 'Az09 ~\u00e9\u4e2d';
const codes = [];
for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
console.log(codes.join(' '));
console.log('abc'.charCodeAt(3), 'abc'.charCodeAt(-1), 'abc'.charCodeAt(), ''.charCodeAt(0));
console.log('abc'.charCodeAt('1'), 'abc'.charCodeAt(1.9));
