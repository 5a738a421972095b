// Holes print as "<N empty items>".
console.log([1, , 3]);
console.log([, ,]);
console.log([1, , , , 5]);
console.log(new Array(5));
const a = [];
a[3] = 'x';
console.log(a);
const b = [1];
b.length = 4;
console.log(b);
console.log([, 1]);
