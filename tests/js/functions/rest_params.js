// Rest parameters collect the remaining arguments into a real array.
function f(a, ...rest) { return [a, rest, rest.length, rest instanceof Array]; }
console.log(f(), f(1), f(1, 2, 3));
const sum = (...nums) => nums.reduce((s, n) => s + n, 0);
console.log(sum(), sum(1, 2, 3, 4));
function g(...all) { all.push('added'); return all; }
console.log(g('x'));
console.log(f.length, g.length);
