// Matrices built from nested arrays.
const n = 4;
const m = [];
for (let i = 0; i < n; i++) {
  const row = [];
  for (let j = 0; j < n; j++) row.push(i * n + j);
  m.push(row);
}
console.log(m);
const t = m.map((row, i) => row.map((_, j) => m[j][i]));
console.log(t[1]);
console.log(m.map(r => r.reduce((a, b) => a + b, 0)));
m[2][2] = 'center';
console.log(m[2], m.length, m[0].length);
