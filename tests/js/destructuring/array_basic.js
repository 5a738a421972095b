// array patterns: holes, defaults, rest, nesting
const [a, , b = 'dflt', [c, d] = [3, 4], ...rest] = [1, 2, undefined, undefined, 5, 6];
console.log(a, b, c, d, rest);
const [x = 'x'] = [];
console.log(x);
const [[[deep]]] = [[[42]]];
console.log(deep);
const [first, ...others] = 'abc';
console.log(first, others);
