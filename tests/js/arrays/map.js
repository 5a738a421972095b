// map returns a new array of the same length, preserving holes.
console.log([1, 2, 3].map(x => x * x), [1, 2, 3].map((x, i) => i));
console.log([1, , 3].map(x => 'v' + x));
console.log(['1', '2', '3'].map(Number), [1.5, 2.5].map(Math.floor));
console.log([1, 2].map(function () { return this.k; }, { k: 'thisArg' }));
const a = [1, 2];
console.log(a.map(x => x) === a, a.map(String));
try {
  [1].map(null);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
