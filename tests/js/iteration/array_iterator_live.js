// array iteration sees elements pushed during the loop and stops at the current length
const a = [1, 2, 3];
const seen = [];
for (const x of a) { seen.push(x); if (a.length < 6) a.push(x * 10); }
console.log(seen);
const b = [1, 2, 3, 4];
for (const x of b) { if (x === 2) b.length = 2; console.log(x); }
