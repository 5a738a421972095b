// Rethrowing the same object preserves identity and stack.
const original = new Error('original');
let caught;
try {
  try {
    throw original;
  } catch (e) {
    throw e;
  }
} catch (e) {
  caught = e;
}
console.log(caught === original, caught.message);
// Conditional rethrow.
function handle(fn) {
  try {
    fn();
  } catch (e) {
    if (e instanceof TypeError) return 'handled TypeError';
    throw e;
  }
}
console.log(handle(() => null.x));
try {
  handle(() => { throw new SyntaxError('not handled'); });
} catch (e) {
  console.log('escaped:', e.name, e.message);
}
