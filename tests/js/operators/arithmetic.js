// + - * / % on int32 and doubles, with mixed operand types.
const pairs = [[7, 2], [-7, 2], [7, -2], [0, 5], [5, 0], [-5, 0], [2.5, 0.5], [1e10, 3]];
for (let i = 0; i < pairs.length; i++) {
  const a = pairs[i][0], b = pairs[i][1];
  console.log(a, b, '|', a + b, a - b, a * b, a / b, a % b);
}
console.log(5.5 % 2, -5.5 % 2, 5 % 2.5, 1e300 % 7);
console.log(Infinity % 2, 2 % Infinity, 0 % 0);
