// console.log prints numbers the same way as String(), except -0.
console.log(0.1 + 0.2);
console.log(1e21, 1e-7, 123e-20);
console.log(2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2);
console.log(-0, 0);
console.log(3.0, 3.10, 1.0e3);
console.log(0.1 * 3, 0.3);
console.log(1 / 7);
console.log(100 / 3, 1e300 * 1e10);
console.log([0.1 + 0.2, 1e21, -0]);
