// Small integers are stored as canonical int32; arithmetic that leaves the
// int32 range must continue as doubles without wrapping.
const max = 2147483647;
const min = -2147483648;
console.log(max, min);
console.log(max + 1, min - 1);
console.log(max * 2, min * 2);
console.log(-min, -(min));
console.log(max + 1 - 1 === max);
// Multiplication overflow and recovery.
let x = 65536;
console.log(x * x, x * x / x);
// Increment past the boundary.
let y = max;
y++;
console.log(y, y - max);
let z = min;
z--;
console.log(z);
// Int32 division that is not exact produces a double.
console.log(7 / 2, -7 / 2, 6 / 3);
