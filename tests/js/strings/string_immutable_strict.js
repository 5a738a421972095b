'use strict';
// In strict code, writing to a string's index or length throws.
const s = 'abc';
try {
  s[0] = 'z';
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  s.length = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  s.foo = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(s, s.length);
