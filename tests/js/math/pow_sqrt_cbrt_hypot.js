// pow, sqrt, cbrt, hypot.
console.log(Math.pow(2, 10), Math.pow(2, -2), Math.pow(-8, 1 / 3), Math.pow(NaN, 0), Math.pow(1, Infinity));
console.log(Math.pow(-0, -3), Math.pow(0, -3), Math.pow(-2, 0.5));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-0), Math.sqrt(-1), Math.sqrt(Infinity));
console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2), Math.cbrt(-0));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-5), Math.hypot(1, 1, 1), Math.hypot(Infinity, NaN));
console.log(Math.hypot(NaN, 1), Math.hypot(1e200, 1e200));
