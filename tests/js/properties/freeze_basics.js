// Object.freeze makes properties read-only and the object non-extensible (shallow)
const o = Object.freeze({a: 1, nested: {b: 2}});
o.a = 2; o.c = 3; delete o.a;
o.nested.b = 3;
console.log(o, Object.isFrozen(o), Object.isFrozen(o.nested), Object.isSealed(o), Object.isExtensible(o));
console.log(Object.getOwnPropertyDescriptor(o, 'a'));
console.log(Object.freeze(5), Object.freeze('s'), Object.isFrozen(5));
