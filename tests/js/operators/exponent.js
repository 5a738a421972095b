// ** operator: precedence, right associativity, special values.
console.log(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** 2, 2 ** 0.5);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(-(2 ** 2), 0 ** 0, NaN ** 0, 1 ** Infinity, 1 ** NaN);
console.log(0 ** -1, (-0) ** -1, (-0) ** 3, Infinity ** -1);
console.log(2 ** 1024, 2 ** -1075, 10 ** 21, 10 ** -7);
console.log('3' ** '2', [2] ** 2, null ** 0);
let x = 2;
x **= 0.5;
console.log(x);
