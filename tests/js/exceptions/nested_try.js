// Nested try statements: inner catch handles, rethrow reaches the outer one.
const log = [];
try {
  try {
    throw new TypeError('inner');
  } catch (e) {
    log.push('inner caught ' + e.name);
    throw new RangeError('rethrown as range');
  } finally {
    log.push('inner finally');
  }
} catch (e) {
  log.push('outer caught ' + e.name + ' ' + e.message);
}
console.log(log.join('\n'));
function level3() { throw new Error('deep'); }
function level2() { try { level3(); } finally { console.log('level2 finally'); } }
function level1() { try { level2(); } catch (e) { return 'level1 caught ' + e.message; } }
console.log(level1());
