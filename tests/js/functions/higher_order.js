// Functions as values: passed, returned, stored in objects and arrays.
function compose(f, g) { return x => f(g(x)); }
const inc = x => x + 1;
const dbl = x => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
const ops = { inc, dbl, sq: x => x * x };
const names = Object.keys(ops);
for (let i = 0; i < names.length; i++) console.log(names[i], ops[names[i]](3));
const pipeline = [inc, dbl, inc];
console.log(pipeline.reduce((v, f) => f(v), 1));
function memo(fn) {
  const cache = {};
  return n => (n in cache ? cache[n] : (cache[n] = fn(n)));
}
let slowCalls = 0;
const slow = memo(n => { slowCalls++; return n * n; });
console.log(slow(4), slow(4), slow(5), slowCalls);
