// A generator that resumes itself while running gets TypeError "Generator is
// already running", and stays usable afterwards.
let self;
function* g() {
  try {
    self.next();
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
  try {
    self.return();
  } catch (e) {
    console.log('return:', e.message);
  }
  try {
    self.throw(new Error('x'));
  } catch (e) {
    console.log('throw:', e.message);
  }
  yield 'still fine';
}
self = g();
console.log(self.next());
console.log(self.next());

function* reentrant() { yield reentrantIt.next(); }
const reentrantIt = reentrant();
try { reentrantIt.next(); } catch (e) { console.log('uncaught inside:', e.message); }
console.log(reentrantIt.next());
