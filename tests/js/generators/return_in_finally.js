// A return inside finally overrides the return() value and a thrown exception.
function* g() {
  try {
    yield 1;
  } finally {
    return 'from finally';
  }
}
const a = g();
a.next();
console.log(a.return('ignored'));
const b = g();
b.next();
console.log(b.throw(new Error('swallowed')));
console.log(b.next());

function* h() {
  try {
    yield 1;
  } catch (e) {
    return 'caught ' + e;
  }
}
const c = h();
c.next();
console.log(c.throw('x'));
