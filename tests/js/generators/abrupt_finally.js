// Abrupt completions inside finally blocks during return() and throw():
// the newest completion wins, and the generator is closed afterwards.
function* throwsInFinally() {
  try {
    yield 1;
  } finally {
    throw new Error('finally threw');
  }
}
const a = throwsInFinally();
a.next();
try { a.return('R'); } catch (e) { console.log('return():', e.message); }
console.log(a.next());

const b = throwsInFinally();
b.next();
try { b.throw(new Error('original')); } catch (e) { console.log('throw():', e.message); }
console.log(b.next());

function* rethrows() {
  try {
    yield 1;
  } catch (e) {
    throw new TypeError('converted ' + e);
  }
}
const c = rethrows();
c.next();
try { c.throw('x'); } catch (e) { console.log(e.name, e.message); }
console.log(c.next(), c.return('after'));

function* nested() {
  try {
    try {
      yield 'in';
    } finally {
      console.log('inner finally');
      yield 'from inner finally';
    }
  } finally {
    console.log('outer finally');
  }
  return 'normal end';
}
const d = nested();
console.log(d.next());
console.log(d.throw(new Error('pending')));
try { d.next(); } catch (e) { console.log('resumed pending throw:', e.message); }
console.log(d.next());

function* breakInFinally() {
  while (true) {
    try {
      yield 'loop';
    } finally {
      break;
    }
  }
  yield 'after loop';
  return 'done';
}
const e = breakInFinally();
e.next();
console.log(e.return('ignored by break'));
console.log(e.next());
