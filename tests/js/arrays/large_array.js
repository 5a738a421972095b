// A few thousand elements: growth, sum, and pop back down.
const a = [];
for (let i = 0; i < 5000; i++) a.push(i);
let s = 0;
for (let i = 0; i < a.length; i++) s += a[i];
console.log(a.length, s, a[4999]);
while (a.length > 10) a.pop();
console.log(a.join(' '), a.length);
const filled = new Array(1000);
for (let i = 0; i < filled.length; i++) filled[i] = i % 7;
console.log(filled.reduce((x, y) => x + y, 0));
