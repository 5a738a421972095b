// finally runs after try and after catch, on every exit path.
const log = [];
function run(shouldThrow) {
  try {
    log.push('try');
    if (shouldThrow) throw new Error('x');
    log.push('try end');
  } catch (e) {
    log.push('catch ' + e.message);
  } finally {
    log.push('finally');
  }
  log.push('after');
}
run(false);
run(true);
console.log(log.join(' > '));
const log2 = [];
try {
  try {
    throw new Error('inner');
  } finally {
    log2.push('inner finally');
  }
} catch (e) {
  log2.push('outer catch ' + e.message);
}
console.log(log2.join(' > '));
