// console.log of an Error prints its stack (node's internal frames are removed
// by the runner's normalization, and paths are made relative).
function make() {
  return new TypeError('bad');
}
const e = make();
console.log(e);
console.log(String(e));
const r = new RangeError('second');
console.log(r);
console.log({ message: e.message, name: e.name });
