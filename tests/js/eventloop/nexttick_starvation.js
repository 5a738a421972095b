// Recursive process.nextTick starves the loop (the seed's warning): while
// ticks keep queueing ticks, no immediate or timer runs, however long it
// takes. queueMicrotask chains starve it the same way. `lucid
// --trace-event-loop` shows the ticks piling up in one checkpoint.
let ticks = 0;
let immediateSawTicks = -1;
let timeoutSawTicks = -1;
setImmediate(() => { immediateSawTicks = ticks; });
setTimeout(() => { timeoutSawTicks = ticks; }, 0);
function spin() {
  if (++ticks < 20000) process.nextTick(spin);
}
process.nextTick(spin);
let micro = 0;
function chain() {
  if (++micro < 20000) queueMicrotask(chain);
}
setTimeout(() => {
  setImmediate(() => { immediateSawMicro = micro; });
  queueMicrotask(chain);
}, 20);
let immediateSawMicro = -1;
process.on('exit', () => {
  console.log('immediate ran after', immediateSawTicks, 'ticks');
  console.log('timeout ran after', timeoutSawTicks, 'ticks');
  console.log('immediate ran after', immediateSawMicro, 'chained microtasks');
});
