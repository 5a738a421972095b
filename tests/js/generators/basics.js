// Generators: the basic protocol of next(), values, done, and the final return value.
function* count() {
  yield 1;
  yield 2;
  yield 3;
}
const it = count();
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log([...count()]);
