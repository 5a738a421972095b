// < > <= >= on numbers, including NaN, -0 and Infinity.
const v = [-Infinity, -1, -0, 0, 0.5, 1, Infinity, NaN];
for (let i = 0; i < v.length; i++) {
  let row = '';
  for (let j = 0; j < v.length; j++) {
    row += (v[i] < v[j] ? '<' : '') + (v[i] > v[j] ? '>' : '') +
           (v[i] <= v[j] && v[i] >= v[j] ? '=' : '') +
           (!(v[i] <= v[j]) && !(v[i] >= v[j]) ? 'u' : '') + ' ';
  }
  console.log(row);
}
