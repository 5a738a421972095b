// Exit: 1
// An exception thrown by a microtask ends the process like any uncaught
// exception: the rest of the microtask queue does not run.
process.on('exit', (code) => console.log('exit', code));
queueMicrotask(() => { console.log('first microtask'); });
queueMicrotask(function failing() { null.property; });
queueMicrotask(() => console.log('third microtask never runs'));
setImmediate(() => console.log('immediate never runs'));
