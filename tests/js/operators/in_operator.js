// in: own and inherited properties, array indices, symbols; throws on primitives.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
console.log('own' in o, 'inherited' in o, 'missing' in o, 'toString' in o);
const arr = [1, , 3];
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, 'length' in arr);
const s = Symbol('k');
o[s] = 1;
console.log(s in o);
console.log(1 in { 1: 'x' }, '1' in { 1: 'x' });
try {
  'x' in 'string';
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  'x' in 5;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  'x' in undefined;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
