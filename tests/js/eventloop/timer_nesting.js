// Ordering puzzle inside the timers phase: due timers of one list and of
// different lists each get a checkpoint after them (node >= 11), a timer
// queued from a timer waits for the next timers phase, and an immediate
// queued from a timer runs in the same iteration's check phase, before it.
// Everything starts from one immediate and waits for all timers to be due,
// so no line depends on timing.
const log = (s) => console.log(s);
function waitUntil(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {}
}
setImmediate(() => {
  setTimeout(() => {
    log('A1 (2 ms list)');
    process.nextTick(() => log('A1 -> tick'));
    queueMicrotask(() => log('A1 -> microtask'));
    setTimeout(() => log('A1 -> timeout (next timers phase)'), 0);
    setImmediate(() => log('A1 -> immediate (this iteration)'));
  }, 2);
  setTimeout(() => {
    log('A2 (2 ms list)');
    queueMicrotask(() => {
      log('A2 -> microtask');
      process.nextTick(() => log('A2 -> microtask -> tick'));
    });
  }, 2);
  setTimeout(() => {
    log('B1 (3 ms list)');
    const iv = setInterval(() => {
      log('interval');
      process.nextTick(() => log('interval -> tick'));
      clearInterval(iv);
    }, 1);
  }, 3);
  waitUntil(10);
});
