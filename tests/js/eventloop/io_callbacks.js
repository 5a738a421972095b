// Inside an I/O callback (poll phase) the check phase comes next, so
// setImmediate always runs before setTimeout(0); nextTicks and microtasks
// queued there run before either. Each step starts the next one, so the
// whole story is deterministic.
const fs = require('fs');
const log = (s) => console.log(s);
fs.readFile(__filename, 'utf8', (err, text) => {
  log('readFile: ' + (err === null) + ', starts with a comment: ' + text.startsWith('//'));
  setTimeout(() => {
    log('timeout');
    fs.readFile(__filename, () => {
      log('nested readFile');
      setTimeout(() => log('nested timeout'), 0);
      setImmediate(() => log('nested immediate'));
      process.nextTick(() => log('nested tick'));
    });
  }, 0);
  setImmediate(() => {
    log('immediate');
    process.nextTick(() => log('immediate -> tick'));
    queueMicrotask(() => log('immediate -> microtask'));
  });
  queueMicrotask(() => log('microtask'));
  process.nextTick(() => log('tick'));
  log('readFile callback end');
});
