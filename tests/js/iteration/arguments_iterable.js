// arguments objects are iterable (own @@iterator = Array.prototype.values)
function f() {
  return [[...arguments], Array.from(arguments), arguments[Symbol.iterator] === Array.prototype.values,
          Object.getOwnPropertyNames(arguments), Object.keys(arguments)];
}
console.log(f(1, 2));
function strict() { 'use strict'; const [a, b] = arguments; return a + b; }
console.log(strict(3, 4));
function g() { arguments[Symbol.iterator] = function* () { yield 'custom'; }; return [...arguments]; }
console.log(g(1, 2));
