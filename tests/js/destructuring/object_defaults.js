// object pattern defaults apply only for undefined, evaluated lazily and in order
let calls = 0;
function d(v) { calls++; return v; }
const {a = d(1), b = d(2), c = d(3), e = d(4)} = {a: undefined, b: null, c: 0};
console.log(a, b, c, e, calls);
const {p = 10, q = p * 2} = {};
console.log(p, q);
