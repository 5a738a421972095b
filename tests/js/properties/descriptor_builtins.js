// descriptors of builtin and class properties
console.log(Object.getOwnPropertyDescriptor(Array.prototype, 'push'));
console.log(Object.getOwnPropertyDescriptor(Math, 'PI'));
console.log(Object.getOwnPropertyDescriptor(function f(a, b) {}, 'length'));
class C { m() {} static s() {} }
console.log(Object.getOwnPropertyDescriptor(C.prototype, 'm').enumerable, Object.getOwnPropertyDescriptor(C, 'prototype'));
console.log(Object.getOwnPropertyDescriptor([1, 2], 'length'), Object.getOwnPropertyDescriptor('str', 1));
console.log(Object.getOwnPropertyDescriptor({}, 'missing'));
