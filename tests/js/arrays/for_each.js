// forEach passes (value, index, array), ignores the return value, uses thisArg.
const seen = [];
const r = ['a', 'b'].forEach(function (v, i, arr) {
  seen.push(v + i + arr.length + this.tag);
}, { tag: '!' });
console.log(seen, r);
// Elements appended during iteration are not visited; deleted ones are skipped.
const a = [1, 2, 3];
const visited = [];
a.forEach((v, i) => {
  visited.push(v);
  if (i === 0) { a.push(99); delete a[2]; }
});
console.log(visited, a);
const cases = [() => [1].forEach(), () => [1].forEach(5), () => [1].forEach('f'), () => [1].forEach({})];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
try {
  Array.prototype.forEach.call(null, () => {});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
