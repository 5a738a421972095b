// abs, min, max: coercion, NaN, -0 ordering, no arguments.
console.log(Math.abs(-5), Math.abs(5), Math.abs(-0), Math.abs('-3'), Math.abs(null), Math.abs('x'));
console.log(Math.abs(-2147483648), Math.abs(-Infinity), Math.abs([-2]), Math.abs());
console.log(Math.max(), Math.min(), Math.max(1, 3, 2), Math.min(1, 3, 2));
console.log(Math.max(1, NaN), Math.min(NaN, 1), Math.max(-0, 0), Math.min(0, -0));
console.log(Math.max('10', 9), Math.min([1], [0]), Math.max(-Infinity, -1e308));
const order = [];
const v = n => ({ valueOf() { order.push(n); return n; } });
console.log(Math.max(v(1), NaN, v(2)), order.join(','));
