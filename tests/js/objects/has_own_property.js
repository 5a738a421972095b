// hasOwnProperty sees only own properties, including non-enumerable ones.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = undefined;
Object.defineProperty(o, 'hidden', { value: 1 });
console.log(o.hasOwnProperty('own'), o.hasOwnProperty('inherited'), o.hasOwnProperty('hidden'));
console.log(o.hasOwnProperty('missing'), 'inherited' in o);
console.log([1, 2].hasOwnProperty(0), [1, 2].hasOwnProperty('length'), [1, , 3].hasOwnProperty(1));
console.log('abc'.hasOwnProperty(1), 'abc'.hasOwnProperty('length'));
const s = Symbol();
o[s] = 1;
console.log(o.hasOwnProperty(s));
const bare = Object.create(null);
bare.k = 1;
console.log(Object.prototype.hasOwnProperty.call(bare, 'k'));
try {
  Object.prototype.hasOwnProperty.call(null, 'k');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log({ 1: 'one' }.hasOwnProperty(1), { 1: 'one' }.hasOwnProperty('1'));
