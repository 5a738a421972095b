// an assignment pattern expression evaluates to its right-hand side
let a, b;
const r = ({a, b} = {a: 1, b: 2, c: 3});
console.log(r, a, b);
const s = [a, b] = [5, 6, 7];
console.log(s, a, b);
let chain1, chain2;
[chain1] = [chain2] = ['same'];
console.log(chain1, chain2);
