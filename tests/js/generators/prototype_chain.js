// The objects around a generator: each generator function has its own
// prototype inheriting from %GeneratorPrototype%, which inherits from
// %IteratorPrototype%; the function inherits from %GeneratorFunction.prototype%.
function* g() {}
function* h() {}
const it = g();
const GeneratorPrototype = Object.getPrototypeOf(g.prototype);
const IteratorPrototype = Object.getPrototypeOf(GeneratorPrototype);
const GeneratorFunctionPrototype = Object.getPrototypeOf(g);
console.log(Object.getPrototypeOf(it) === g.prototype);
console.log(g.prototype !== h.prototype, Object.getPrototypeOf(h.prototype) === GeneratorPrototype);
console.log(Object.getPrototypeOf(IteratorPrototype) === Object.prototype);
console.log(it[Symbol.iterator]() === it);
console.log(GeneratorPrototype[Symbol.toStringTag], GeneratorFunctionPrototype[Symbol.toStringTag]);
console.log(GeneratorFunctionPrototype.prototype === GeneratorPrototype);
console.log(GeneratorPrototype.constructor === GeneratorFunctionPrototype);
console.log(Object.getPrototypeOf(GeneratorFunctionPrototype) === Function.prototype);
console.log(GeneratorFunctionPrototype.constructor.name);
console.log(Object.prototype.toString.call(it), String(it));
console.log(g.prototype.hasOwnProperty('constructor'), it instanceof g);
console.log(typeof g, g instanceof Function, Object.getOwnPropertyNames(g.prototype));
const d = Object.getOwnPropertyDescriptor(g, 'prototype');
console.log(d.writable, d.enumerable, d.configurable);
g.prototype.extra = function () { return 'extra'; };
console.log(g().extra());
