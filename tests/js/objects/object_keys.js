// Object.keys lists own enumerable string keys in property order.
console.log(Object.keys({ b: 1, a: 2, 1: 'x', 0: 'y' }));
console.log(Object.keys([4, 5, 6]), Object.keys('str'));
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 1;
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
o[Symbol('s')] = 1;
console.log(Object.keys(o));
try {
  Object.keys(null);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.keys(undefined);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(Object.keys(5), Object.keys(true));
