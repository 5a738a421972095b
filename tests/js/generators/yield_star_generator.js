// yield* over a generator: its values pass through, and its return value
// becomes the value of the yield* expression.
function* inner() {
  const x = yield 'inner 1';
  console.log('inner got', x);
  yield 'inner 2';
  return 'inner result';
}
function* outer() {
  const r = yield* inner();
  console.log('yield* value:', r);
  yield 'outer';
}
const it = outer();
console.log(it.next('a'));
console.log(it.next('b'));
console.log(it.next('c'));
console.log(it.next('d'));
