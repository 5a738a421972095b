// object rest copies own enumerable remaining keys, symbols included, not the prototype
const s = Symbol('s');
const proto = {inherited: 1};
const src = Object.create(proto);
src.a = 1; src.b = 2; src[s] = 3; src[7] = 'seven';
Object.defineProperty(src, 'hidden', {value: 4, enumerable: false});
const {a, ...rest} = src;
console.log(a, rest, Object.getPrototypeOf(rest) === Object.prototype);
const {...all} = 'hi';
console.log(all);
const {x, ...none} = {x: 1};
console.log(none);
