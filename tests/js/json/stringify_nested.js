// Deep but reasonable nesting.
let o = { leaf: true };
for (let i = 0; i < 20; i++) o = { level: i, child: o };
const s = JSON.stringify(o);
console.log(s.length, s.slice(0, 40), s.slice(-30));
let arr = [];
for (let i = 0; i < 10; i++) arr = [arr, i];
console.log(JSON.stringify(arr));
