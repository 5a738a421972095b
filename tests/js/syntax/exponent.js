// ** and **= : precedence, right associativity, unary restriction
let x = 3;
x **= 2;
console.log(x, 2 ** 3 ** 2, (2 ** 3) ** 2, (-2) ** 3, 2 ** -1, 2 ** 0.5);
const o = {p: 2}; o.p **= 10; console.log(o.p);
console.log(NaN ** 0, 1 ** Infinity, (-8) ** (1 / 3));
