// Exit: 5
// process.exitCode is the status when the loop runs dry; 'exit' listeners
// see it and may change it. process.exit() without a code, from a
// microtask, uses it too and stops the microtask queue.
process.exitCode = 4;
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 5;
});
setTimeout(() => {
  queueMicrotask(() => {
    console.log('micro 1');
    process.exit();
  });
  queueMicrotask(() => console.log('micro 2 never'));
}, 1);
