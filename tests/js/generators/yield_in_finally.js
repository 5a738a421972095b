// A finally block may itself yield while a return() is in progress; the
// pending return completes after the finally finishes.
function* g() {
  try {
    yield 1;
  } finally {
    yield 'cleanup 1';
    yield 'cleanup 2';
    console.log('finally done');
  }
}
const it = g();
console.log(it.next());
console.log(it.return('R'));
console.log(it.next());
console.log(it.next());
console.log(it.next());
