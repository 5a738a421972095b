// for-of drives any object with Symbol.iterator: next() results, done, and
// return() called on early exit (break, return, throw).
function range(n, log) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { return i < n ? { value: i++, done: false } : { value: 'ignored', done: true }; },
        return() { log.push('return called'); return {}; },
      };
    },
  };
}
const log = [];
for (const v of range(3, log)) log.push(v);
console.log(log.join(','));
const log2 = [];
for (const v of range(10, log2)) { log2.push(v); if (v === 1) break; }
console.log(log2.join(','));
const log3 = [];
(function () { for (const v of range(10, log3)) { log3.push(v); return; } })();
console.log(log3.join(','));
const log4 = [];
try {
  for (const v of range(10, log4)) throw new Error('stop at ' + v);
} catch (e) {
  log4.push(e.message);
}
console.log(log4.join(','));
