// queueMicrotask: microtasks run after the synchronous code, in FIFO order;
// microtasks queued by a microtask run in the same drain, after those
// already queued.
const log = [];
queueMicrotask(() => {
  log.push('m1');
  queueMicrotask(() => { log.push('m1.a'); queueMicrotask(() => log.push('m1.a.i')); });
  queueMicrotask(() => log.push('m1.b'));
});
queueMicrotask(() => log.push('m2'));
queueMicrotask(function () { log.push('m3 this=' + typeof this + ' args=' + arguments.length); });
for (let i = 0; i < 20; i++) queueMicrotask(() => log.push('n' + i));
queueMicrotask(() => {
  console.log('first drain so far:', log.join(' '));
  queueMicrotask(() => console.log('after:', log.join(' ')));
});
console.log('sync', typeof queueMicrotask, queueMicrotask.length, queueMicrotask.name);
for (const bad of [1, undefined, null, 'abc', {}, [], true]) {
  try {
    queueMicrotask(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(queueMicrotask(() => {}));
console.log('sync end');
