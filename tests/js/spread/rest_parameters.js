// rest parameters: arrays, empty when absent, length excludes them
function f(a, b, ...rest) { return [a, b, rest, Array.isArray(rest)]; }
console.log(f(1), f(1, 2, 3, 4));
console.log(f.length, ((...r) => r).length);
const arrow = (...xs) => xs.join('-');
console.log(arrow(1, 2, 3));
