// Arrow functions: concise and block bodies, object literal bodies,
// no own this/arguments, not constructible.
const sq = x => x * x;
const add = (a, b) => { return a + b; };
const obj = () => ({ k: 'v' });
const noArgs = () => 'none';
console.log(sq(4), add(2, 3), obj(), noArgs());
console.log([1, 2, 3].map(n => n * 10));
try {
  new sq(1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(typeof sq.prototype, sq.name, add.length);
const curried = a => b => c => a + b + c;
console.log(curried(1)(2)(3));
