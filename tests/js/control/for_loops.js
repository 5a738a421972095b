// Classic for loops: empty clauses, multiple variables, counting down.
let s = '';
for (let i = 0; i < 5; i++) s += i;
console.log(s);
for (let i = 10, j = 0; i > j; i -= 2, j++) s += '|' + i + ',' + j;
console.log(s);
let count = 0;
for (;;) { if (++count === 3) break; }
console.log(count);
let x = 0;
for (; x < 3;) x++;
console.log(x);
const arr = [];
for (let i = 3; i--;) arr.push(i);
console.log(arr);
