// Every compound assignment operator.
let x = 10;
x += 5; console.log(x);
x -= 3; console.log(x);
x *= 2; console.log(x);
x /= 4; console.log(x);
x %= 4; console.log(x);
x = 3;
x **= 3; console.log(x);
x <<= 2; console.log(x);
x >>= 1; console.log(x);
x = -16;
x >>>= 28; console.log(x);
x &= 6; console.log(x);
x |= 9; console.log(x);
x ^= 5; console.log(x);
let s = 'a';
s += 1; s += null; console.log(s);
const o = { v: 1 };
o.v += 1; o['v'] *= 10; console.log(o.v);
// The left side is evaluated once.
let count = 0;
const arr = [1, 2, 3];
arr[count++] += 10;
console.log(arr, count);
