// Object(symbol) is a wrapper with valueOf returning the symbol
const s = Symbol('w');
const w = Object(s);
console.log(typeof w, w instanceof Symbol, w.valueOf() === s, w.description, w == s, w === s);
console.log(Object.getPrototypeOf(s) === Symbol.prototype, s.constructor === Symbol);
