// yield* delegates to any iterable: arrays, strings, Sets of values.
function* g() {
  yield* [1, 2, 3];
  yield* 'hé';
  yield* [];
  yield 'last';
}
console.log([...g()]);
function* twice(iterable) {
  yield* iterable;
  yield* iterable;
}
console.log([...twice([7, 8])]);
console.log(Array.from(twice('ab')));
