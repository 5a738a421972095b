// Numeric arrays of mixed widths: node right-aligns numbers in columns.
console.log([1, 22, 333, 4444, 55555, 666666, 7777777]);
console.log([-1, 2, -3, 4, -5, 6, -7, 8, -9, 10]);
console.log([0.5, 1.25, 100, 2, 3.125, 4, 5, 6, 7]);
const squares = [];
for (let i = 0; i < 26; i++) squares.push(i * i);
console.log(squares);
