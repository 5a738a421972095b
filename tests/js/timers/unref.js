// unref'd timers and immediates do not keep the process alive; they still
// run while something else does. ref() undoes unref(); hasRef() reports.
const long = setTimeout(() => console.log('never: unref\'d 100 s timer'), 100000);
long.unref();
const iv = setInterval(() => console.log('never: unref\'d interval'), 100000).unref();
console.log('hasRef', long.hasRef(), iv.hasRef(), iv.ref().hasRef(), iv.unref().hasRef());
let ticks = 0;
const fast = setInterval(() => { ticks++; }, 1);
fast.unref();
setTimeout(() => {
  console.log('unref\'d interval ran while the loop was alive:', ticks > 0);
}, 30);
const im = setImmediate(() => {
  console.log('unref\'d immediate still runs (the timer keeps the loop alive)');
  const refAgain = setTimeout(() => console.log('ref\'d again: runs'), 5);
  refAgain.unref();
  refAgain.ref();
});
console.log('immediate hasRef', im.hasRef(), im.unref().hasRef());
process.on('exit', () => console.log('exit'));
