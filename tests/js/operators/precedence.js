// Operator precedence and associativity.
console.log(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 % 4);
console.log(1 + 2 + '3' + 4 + 5);
console.log(1 < 2 < 3, 3 > 2 > 1, 1 == 1 == 1);
console.log(1 | 2 & 3, 1 ^ 3 & 2, 1 << 2 + 1);
console.log(!0 + 1, (-2) ** 2, -(2 ** 2));
console.log(typeof 1 + 1, void 1 + 1);
console.log(true || false && false, (true || false) && false);
console.log(null ?? 1 + 1);
let a, b;
a = b = 5;
console.log(a, b);
