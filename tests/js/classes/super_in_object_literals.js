// super in object literal methods and class static methods
const base = { greet() { return 'base'; } };
const derived = { __proto__: base, greet() { return 'derived+' + super.greet(); } };
console.log(derived.greet());
class A { static who() { return 'A'; } }
class B extends A { static who() { return 'B>' + super.who(); } }
console.log(B.who());
