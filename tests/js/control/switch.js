// switch uses strict equality, falls through, and default can be anywhere.
function test(x) {
  const out = [];
  switch (x) {
    case 1: out.push('one');
    case 2: out.push('two'); break;
    default: out.push('default');
    case 'three': out.push('three'); break;
    case '1': out.push('string one');
  }
  return out.join(',');
}
console.log(test(1), '|', test(2), '|', test('three'), '|', test('1'), '|', test(99));
function cases(v) {
  switch (true) {
    case v < 0: return 'neg';
    case v === 0: return 'zero';
    default: return 'pos';
  }
}
console.log(cases(-1), cases(0), cases(1));
// Case expressions are evaluated lazily, in order.
const log = [];
function c(v) { log.push(v); return v; }
switch (2) { case c(1): case c(2): case c(3): }
console.log(log.join(','));
switch (NaN) { case NaN: console.log('never'); break; default: console.log('NaN matches nothing'); }
// Lexical declarations are scoped to the whole switch block.
switch (1) { case 1: { let scoped = 'scoped'; console.log(scoped); } }
