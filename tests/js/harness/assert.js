// Assertions for tests/js programs, mjsunit/QuickJS style, for checks that
// should not depend on console.log formatting. Load with
//   const h = require('../harness/assert.js');  h.assertEquals(3, 1 + 2);
// Every failed assertion throws an Error whose message starts with
// "Assertion failed", so an unexpected failure ends the program with exit 1.
// Only language features and builtins from the core-engine issue are used here.
'use strict';

function isSameValue(a, b) {
  if (a !== a) return b !== b;                        // NaN equals NaN
  if (a === 0 && b === 0) return 1 / a === 1 / b;     // -0 differs from +0
  return a === b;
}

function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' && v === 0 && 1 / v < 0) return '-0';
  if (typeof v === 'symbol') return 'Symbol()';
  if (typeof v === 'function') return '[function ' + (v.name || 'anonymous') + ']';
  if (v !== null && typeof v === 'object') {
    if (v instanceof Array) return '[' + v.map(show).join(', ') + ']';
    const keys = Object.keys(v);
    return '{' + keys.map(function (k) { return k + ': ' + show(v[k]); }).join(', ') + '}';
  }
  return String(v);
}

// Structural equality: SameValue for primitives, element-wise for arrays,
// own enumerable keys (same order) for other objects.
function deepEquals(a, b) {
  if (isSameValue(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if ((a instanceof Array) !== (b instanceof Array)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !deepEquals(a[ka[i]], b[kb[i]])) return false;
  }
  return a instanceof Array ? a.length === b.length : true;
}

function fail(what, message) {
  throw new Error('Assertion failed: ' + what + (message ? ' (' + message + ')' : ''));
}

function assertEquals(expected, actual, message) {
  if (!deepEquals(expected, actual)) {
    fail('expected ' + show(expected) + ', got ' + show(actual), message);
  }
}

function assertSameValue(expected, actual, message) {
  if (!isSameValue(expected, actual)) {
    fail('expected ' + show(expected) + ', got ' + show(actual) + ' (SameValue)', message);
  }
}

function assertTrue(value, message) {
  if (value !== true) fail('expected true, got ' + show(value), message);
}

function assertFalse(value, message) {
  if (value !== false) fail('expected false, got ' + show(value), message);
}

// Calls fn and checks that it throws an instance of ErrorType (when given) whose
// message equals messageOpt (when given). Returns the thrown value.
function assertThrows(fn, ErrorType, messageOpt) {
  try {
    fn();
  } catch (e) {
    if (ErrorType !== undefined && !(e instanceof ErrorType)) {
      fail('expected a ' + ErrorType.name + ', got ' + show(e && e.name) + ': ' +
           show(e && e.message));
    }
    if (messageOpt !== undefined && e.message !== messageOpt) {
      fail('expected message ' + show(messageOpt) + ', got ' + show(e.message));
    }
    return e;
  }
  fail('expected an exception' + (ErrorType ? ' (' + ErrorType.name + ')' : '') +
       ', none was thrown');
}

module.exports = {
  assertEquals: assertEquals,
  assertSameValue: assertSameValue,
  assertTrue: assertTrue,
  assertFalse: assertFalse,
  assertThrows: assertThrows,
  deepEquals: deepEquals,
};
