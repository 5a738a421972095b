// return() on fresh, suspended and finished generators.
function* g() {
  yield 1;
  yield 2;
}
const fresh = g();
console.log(fresh.return('fresh'));
console.log(fresh.next());

const suspended = g();
console.log(suspended.next());
console.log(suspended.return('done early'));
console.log(suspended.next());

const finished = g();
[...finished];
console.log(finished.return('after'));
console.log(finished.return());
