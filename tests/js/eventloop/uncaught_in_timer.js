// Exit: 1
// An exception thrown by a timer callback is uncaught: reported on stderr,
// 'exit' listeners run with code 1, and the loop stops (the later timer and
// the immediate it queued never run).
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('later timer never runs'), 50);
setTimeout(() => {
  console.log('first timer');
  setImmediate(() => console.log('immediate never runs'));
  process.nextTick(() => console.log('tick never runs'));
  throw 'boom from a timer';
}, 1);
