// -0 is a distinct double; it must survive arithmetic that could be done in
// int32 registers and print as -0 through console.log but "0" through String.
const nz = -0;
console.log(nz, String(nz), nz + '');
console.log(1 / nz, 1 / 0);
console.log(0 * -1, -1 * 0, 0 / -5);
console.log(-0 + 0, -0 - 0, -0 + -0);
console.log(Math.round(-0.4), Math.ceil(-0.5));
console.log(-0 === 0, 1 / (-0 * 1));
let i = 0;
i = -i;
console.log(i, 1 / i);
// Modulo keeps the sign of the dividend.
console.log(-4 % 2, 4 % -2, -1 % 1);
// Comparisons treat -0 and +0 alike.
console.log(-0 < 0, -0 <= 0, -0 == 0);
console.log([-0], { z: -0 });
