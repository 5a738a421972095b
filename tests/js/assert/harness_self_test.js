// The assertion harness itself: passing checks are silent, failures throw with
// a message saying what differed.
const h = require('../harness/assert.js');
h.assertEquals(3, 1 + 2);
h.assertEquals([1, [2, 3]], [1, [2, 3]]);
h.assertEquals({ a: 1, b: 'x' }, { a: 1, b: 'x' });
h.assertSameValue(NaN, 0 / 0);
h.assertTrue(1 < 2);
h.assertFalse(1 > 2);
h.assertThrows(() => null.x, TypeError, "Cannot read properties of null (reading 'x')");
const failures = [
  () => h.assertEquals(1, 2),
  () => h.assertEquals([1, 2], [1, 2, 3]),
  () => h.assertSameValue(0, -0),
  () => h.assertEquals('a', 'b', 'strings'),
  () => h.assertTrue(1),
  () => h.assertThrows(() => {}),
  () => h.assertThrows(() => { throw new RangeError('r'); }, TypeError),
  () => h.assertThrows(() => { throw new TypeError('actual'); }, TypeError, 'expected'),
];
for (let i = 0; i < failures.length; i++) {
  try {
    failures[i]();
    console.log('no failure?');
  } catch (e) {
    console.log(e.message);
  }
}
