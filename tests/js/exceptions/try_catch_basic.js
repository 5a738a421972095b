// throw and catch any value.
const thrown = [1, 'str', null, undefined, { obj: true }, [1, 2], new Error('err'), Symbol.iterator];
for (let i = 0; i < thrown.length; i++) {
  try {
    throw thrown[i];
  } catch (e) {
    console.log(i, e === thrown[i], typeof e);
  }
}
function thrower() { throw new RangeError('from function'); }
try {
  thrower();
  console.log('not reached');
} catch (e) {
  console.log(e instanceof RangeError, e instanceof Error, e.message);
}
