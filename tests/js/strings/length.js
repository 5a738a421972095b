// length counts UTF-16 code units and is read-only.
console.log(''.length, 'a'.length, 'abc'.length, '\u00e9'.length, '\ud83d\ude00'.length);
const s = 'abc';
s.length = 10;
console.log(s.length);
let t = '';
for (let i = 0; i < 1000; i++) t += 'x';
console.log(t.length);
console.log('abc'['length'], 'abc'.length === 3);
