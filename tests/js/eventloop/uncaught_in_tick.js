// Exit: 1
// An exception thrown by a nextTick callback inside an immediate: reported,
// 'exit' with code 1, nothing after it runs.
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => {
  console.log('immediate 1');
  process.nextTick(() => { throw { message: 'not an Error' }; });
});
setImmediate(() => console.log('immediate 2 never runs'));
