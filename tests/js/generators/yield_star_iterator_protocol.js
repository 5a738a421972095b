// yield* over a hand-written iterator: next receives the sent values, the
// inner result objects are passed on as they are, missing throw() closes
// the iterator and is a TypeError.
const log = [];
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next(v) { log.push('next ' + v); i++; return { value: i, done: i > 2, extra: 'kept' }; },
      return(v) { log.push('return ' + v); return { value: 'closed', done: true }; },
    };
  },
};
function* g() {
  const r = yield* iterable;
  log.push('result ' + r);
}
const it = g();
console.log(it.next('x'));
console.log(it.next('y'));
console.log(it.next('z'));
console.log(log);

const it2 = g();
it2.next();
try { it2.throw(new Error('no throw method')); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(log);

const it3 = g();
it3.next();
console.log(it3.return('early'));
console.log(log);
