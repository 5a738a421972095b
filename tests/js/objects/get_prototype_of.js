// Object.getPrototypeOf for objects, arrays, functions, classes and primitives.
console.log(Object.getPrototypeOf({}) === Object.prototype);
console.log(Object.getPrototypeOf([]) === Array.prototype);
console.log(Object.getPrototypeOf(function () {}) === Function.prototype);
console.log(Object.getPrototypeOf(Object.prototype));
class A {}
class B extends A {}
console.log(Object.getPrototypeOf(B) === A, Object.getPrototypeOf(B.prototype) === A.prototype);
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('s') === String.prototype);
try {
  Object.getPrototypeOf(null);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.getPrototypeOf();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
