// yield* forwards throw() and return() to the inner iterator.
function* inner() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    console.log('inner caught', e);
    yield 'inner recovered';
  } finally {
    console.log('inner finally');
  }
}
function* outer() {
  try {
    yield* inner();
  } finally {
    console.log('outer finally');
  }
}
const a = outer();
console.log(a.next());
console.log(a.throw('T'));
console.log(a.next());
console.log(a.next());

const b = outer();
console.log(b.next());
console.log(b.return('R'));
console.log(b.next());
