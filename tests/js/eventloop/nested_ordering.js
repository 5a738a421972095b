// Ordering puzzle: nextTick, queueMicrotask, setImmediate and setTimeout
// nested inside each other. Every callback of one phase runs with a
// checkpoint (all nextTicks, then all microtasks, repeated) after it, and
// ticks queued by microtasks wait until the microtask queue is empty.
// The one timer is set from inside an immediate, so it runs after every
// immediate of that check phase (a top-level setTimeout(0) would race the
// first check phase).
const log = (s) => console.log(s);
process.nextTick(() => log('tick a'));
queueMicrotask(() => {
  log('micro a');
  process.nextTick(() => log('micro a -> tick'));
  queueMicrotask(() => log('micro a -> micro'));
});
process.nextTick(() => {
  log('tick b');
  queueMicrotask(() => log('tick b -> micro'));
  process.nextTick(() => log('tick b -> tick'));
});
setImmediate(() => {
  log('immediate 1');
  process.nextTick(() => {
    log('immediate 1 -> tick');
    queueMicrotask(() => log('immediate 1 -> tick -> micro'));
    process.nextTick(() => log('immediate 1 -> tick -> tick'));
  });
  queueMicrotask(() => {
    log('immediate 1 -> micro');
    process.nextTick(() => log('immediate 1 -> micro -> tick'));
  });
  setTimeout(() => {
    log('immediate 1 -> timeout');
    setImmediate(() => log('timeout -> immediate'));
    process.nextTick(() => log('timeout -> tick'));
  }, 0);
});
setImmediate(() => {
  log('immediate 2');
  queueMicrotask(() => log('immediate 2 -> micro'));
});
log('sync end');
