// __proto__: in a literal sets the prototype; a computed or shorthand one does not.
const base = { greet() { return 'hi from base'; } };
const o = { __proto__: base, own: 1 };
console.log(o.greet(), Object.getPrototypeOf(o) === base, Object.keys(o));
const n = { __proto__: null };
console.log(Object.getPrototypeOf(n), typeof n.toString);
const ignored = { __proto__: 5 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype);
const computed = { ['__proto__']: base };
console.log(Object.getPrototypeOf(computed) === Object.prototype, Object.keys(computed));
const __proto__ = base;
const short = { __proto__ };
console.log(Object.getPrototypeOf(short) === Object.prototype, Object.keys(short));
