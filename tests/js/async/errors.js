// Errors through await: a rejected await throws at the await (catchable
// with try/catch), an uncaught throw rejects the function's promise, and
// finally blocks run on every path.
async function fails() {
  await null;
  throw new Error('fail after await');
}
async function catcher() {
  try {
    await fails();
    console.log('not reached');
  } catch (e) {
    console.log('caught:', e.message);
  } finally {
    console.log('finally in catcher');
  }
  return 'recovered';
}
catcher().then((v) => console.log('catcher ->', v));
async function rethrows() {
  try {
    await Promise.reject(new TypeError('typed'));
  } finally {
    console.log('finally before rethrow');
  }
}
rethrows().catch((e) => console.log('rethrown:', e.name, e.message));
async function syncThrow() { throw new RangeError('sync throw'); }
const p = syncThrow();
console.log('syncThrow returned', p instanceof Promise);
p.catch((e) => console.log('syncThrow:', e.message));
async function defaults(a = (() => { throw new Error('bad default'); })()) { return a; }
defaults().catch((e) => console.log('default param:', e.message));
async function returnInFinally() {
  try {
    await Promise.reject('x');
  } finally {
    return 'finally wins';
  }
}
returnInFinally().then((v) => console.log(v));
async function loop() {
  let total = 0;
  for (let i = 0; i < 5; i++) {
    try {
      if (i % 2) await Promise.reject(i);
      total += await i;
    } catch (e) {
      total += 100 * e;
    }
  }
  return total;
}
loop().then((v) => console.log('loop total:', v));
