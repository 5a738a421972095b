// throw() on fresh, suspended and finished generators.
function* g() {
  try {
    yield 1;
  } catch (e) {
    console.log('caught inside:', e);
    yield 'recovered';
  }
  yield 'end';
}
const fresh = g();
try { fresh.throw('boom'); } catch (e) { console.log('fresh threw:', e); }
console.log(fresh.next());

const suspended = g();
console.log(suspended.next());
console.log(suspended.throw('inner'));
console.log(suspended.next());
console.log(suspended.next());

const finished = g();
[...finished];
try { finished.throw(new Error('late')); } catch (e) { console.log('finished threw:', e.message); }

function* noCatch() { yield 1; yield 2; }
const n = noCatch();
n.next();
try { n.throw(new TypeError('uncaught in gen')); } catch (e) { console.log(e.name, e.message); }
console.log(n.next());
