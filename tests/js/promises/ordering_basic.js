// Job ordering: reactions run FIFO in the order the thens were made;
// resolving with a native promise costs two extra ticks (the
// PromiseResolveThenableJob and then the adopted promise's reaction).
const log = [];
const a = Promise.resolve('a');
a.then(() => log.push('a1')).then(() => log.push('a2')).then(() => log.push('a3'));
const b = new Promise((r) => r(Promise.resolve('b')));
b.then(() => log.push('b (adopted)'));
Promise.resolve().then(() => log.push('c1')).then(() => log.push('c2')).then(() => log.push('c3'))
  .then(() => log.push('c4'));
queueMicrotask(() => log.push('qm'));
const thenable = { then(res) { log.push('thenable.then called'); res('t'); } };
Promise.resolve(thenable).then((v) => log.push('thenable -> ' + v));
setTimeoutLike();
function setTimeoutLike() {
  // Everything above is settled once this long chain has run.
  let p = Promise.resolve();
  for (let i = 0; i < 8; i++) p = p.then(() => {});
  p.then(() => console.log(log.join('\n')));
}
