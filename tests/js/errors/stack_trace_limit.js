// Guards Error.stackTraceLimit: it bounds the frames of `stack` for new
// errors (and Error.captureStackTrace), 0 leaves only the header line,
// and restoring it brings the frames back.
function depth(n) { return n === 0 ? new Error('deep') : depth(n - 1); }
const frames = (e) => e.stack.split('\n').length - 1;
console.log(Error.stackTraceLimit, frames(depth(20)));
Error.stackTraceLimit = 3;
console.log(frames(depth(20)));
function capture(n) {
  if (n > 0) return capture(n - 1);
  const o = {};
  Error.captureStackTrace(o);
  return o;
}
console.log(frames(capture(10)));
Error.stackTraceLimit = 0;
console.log(JSON.stringify(depth(5).stack));
Error.stackTraceLimit = 1;
console.log(depth(5).stack.split('(')[0]);
Error.stackTraceLimit = 10;
console.log(frames(depth(20)));
const d = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
console.log(d.writable, d.enumerable, d.configurable);
