// Modes: default no-jit jit-eager ic-eager
// Reason: parses a 200 KB fixture to its nesting limit; too slow with a GC at every allocation.
// Parsing 100,000 nested parentheses fails cleanly with node's RangeError, never a
// crash. The deep source is a fixture file compiled by require (Lucid has no eval).
try {
  const v = require('./fixtures/nested_parens_100k.js');
  console.log('parsed, value', v);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('still running');
