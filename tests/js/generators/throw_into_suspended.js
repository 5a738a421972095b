// throw() resumes at the yield as if it threw there: catch blocks see it,
// finally blocks run, and an uncaught one closes the generator.
function* worker() {
  let errors = 0;
  while (true) {
    try {
      const job = yield errors;
      console.log('job', job);
    } catch (e) {
      errors++;
      console.log('error', e.message);
    }
  }
}
const w = worker();
w.next();
w.next('a');
console.log(w.throw(new Error('e1')));
console.log(w.throw(new Error('e2')));
console.log(w.next('b'));

function* fragile() {
  try {
    yield 1;
  } finally {
    console.log('fragile finally');
  }
}
const f = fragile();
f.next();
try {
  f.throw(new RangeError('bad'));
} catch (e) {
  console.log('outside:', e.name, e.message);
}
console.log(f.next());
