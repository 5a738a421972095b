// Exit: 3
// process.exit(code): 'exit' listeners run (once), stdout is flushed, and
// nothing else runs: not the finally block, not pending ticks, timers or
// immediates. The termination cannot be caught.
process.on('exit', (code) => console.log('exit listener', code, process.exitCode));
process.once('exit', () => console.log('once listener'));
process.nextTick(() => console.log('tick never runs'));
setTimeout(() => console.log('timer never runs'), 0);
setImmediate(() => console.log('immediate never runs'));
function deep() {
  try {
    process.exit(3);
  } catch (e) {
    console.log('caught never');
  } finally {
    console.log('finally never');
  }
}
console.log('before exit');
try { deep(); } catch (e) { console.log('outer catch never'); }
console.log('after exit never');
