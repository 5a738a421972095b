'use strict';
// Writing a non-writable property or adding to a non-extensible object throws in strict code.
const o = {};
Object.defineProperty(o, 'ro', { value: 1, enumerable: true });
try {
  o.ro = 2;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const getterOnly = { get g() { return 1; } };
try {
  getterOnly.g = 2;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
// An inherited read-only property also blocks assignment.
const child = Object.create(o);
try {
  child.ro = 3;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(o.ro, child.ro, Object.keys(child));
