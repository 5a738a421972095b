// Object() as a function and with new.
const o = {};
console.log(Object(o) === o, typeof Object(1), typeof Object('s'), Object(null), Object(undefined));
console.log(new Object(), new Object(o) === o);
console.log(Object.prototype.constructor === Object, typeof Object.prototype);
