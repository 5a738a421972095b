// Calling a generator function runs nothing of its body: the first next() does.
const log = [];
function* g() {
  log.push('start');
  yield 1;
  log.push('after first');
}
const it = g();
console.log(log.length, log);
it.next();
console.log(log);
it.next();
console.log(log);
