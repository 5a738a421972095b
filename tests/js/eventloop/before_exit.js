// 'beforeExit' fires when the loop has nothing left; work it schedules
// keeps the process going, then it fires again. process.exit() would not
// emit it.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('more work', rounds), 1);
});
process.on('exit', (code) => console.log('exit', code));
