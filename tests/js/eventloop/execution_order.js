// The seed's execution-order sample ("run this and verify your mental
// model"), with queueMicrotask standing in for Promise.resolve().then (the
// promise branch adds the original). Lines 1-3 never vary; at top level
// setTimeout(0) and setImmediate race (the seed's "timer variance aside"),
// so the last two are printed in a fixed order once both ran. Inside an I/O
// callback the check phase comes before the next timers phase: there
// setImmediate is always first.
const fs = require('fs');
const late = [];
function done(line) {
  late.push(line);
  if (late.length === 2) {
    console.log(late.sort().join('\n'));
    fs.readFile(__filename, () => {
      setTimeout(() => console.log('io: setTimeout'), 0);
      setImmediate(() => console.log('io: setImmediate'));
      process.nextTick(() => console.log('io: nextTick'));
      queueMicrotask(() => console.log('io: microtask'));
      console.log('io: sync');
    });
  }
}
console.log('1: sync');
setTimeout(() => done('5: setTimeout'), 0);
queueMicrotask(() => console.log('3: microtask'));
process.nextTick(() => console.log('2: nextTick'));
setImmediate(() => done('4: setImmediate'));
