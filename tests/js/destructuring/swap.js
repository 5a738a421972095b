// swapping variables and array slots with array assignment patterns
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
const arr = [1, 2, 3];
[arr[0], arr[2]] = [arr[2], arr[0]];
console.log(arr);
let x = 1, y = 2, z = 3;
[x, y, z] = [z, x, y];
console.log(x, y, z);
