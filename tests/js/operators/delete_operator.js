// delete removes own configurable properties and reports success.
const o = { a: 1, b: 2 };
console.log(delete o.a, o, 'a' in o);
console.log(delete o.missing, delete o['b'], o);
const arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length);
Object.defineProperty(o, 'fixed', { value: 1, configurable: false });
console.log(delete o.fixed, o.fixed);
console.log(delete 5, delete 'x'.length);
var v = 1;
console.log(delete v, v);
(function () {
  'use strict';
  try {
    delete o.fixed;
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  const arr = [1, 2];
  Object.defineProperty(arr, 'fixed', { value: 1 });
  try {
    delete arr.length;
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
})();
// Deleting an inherited property does nothing.
const child = Object.create({ p: 1 });
console.log(delete child.p, child.p);
