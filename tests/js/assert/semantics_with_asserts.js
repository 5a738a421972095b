// Core semantics checked with assertions rather than printing.
const h = require('../harness/assert.js');
const assertEquals = h.assertEquals, assertSameValue = h.assertSameValue;
const assertThrows = h.assertThrows, assertTrue = h.assertTrue;
assertSameValue(-0, 0 * -1);
assertSameValue(NaN, Math.sqrt(-1));
assertEquals(2147483648, 2147483647 + 1);
assertEquals(-2147483648, (2147483647 + 1) | 0);
assertEquals('1,2,3', [1, 2, 3].join());
assertEquals(['a', 'b'], 'a b'.split(' '));
assertThrows(() => { const c = 1; c = 2; }, TypeError, 'Assignment to constant variable.');
assertThrows(() => undefinedName, ReferenceError, 'undefinedName is not defined');
assertThrows(() => new Array(-1), RangeError, 'Invalid array length');
assertThrows(() => { let x = x; }, ReferenceError, "Cannot access 'x' before initialization");
assertTrue([] instanceof Object);
console.log('all assertions passed');
