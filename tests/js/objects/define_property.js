// Object.defineProperty: defaults are all false; attributes are enforced.
const o = {};
Object.defineProperty(o, 'fixed', { value: 1 });
o.fixed = 2;
console.log(o.fixed, Object.keys(o), delete o.fixed, o.fixed);
Object.defineProperty(o, 'visible', { value: 'v', enumerable: true, writable: true, configurable: true });
o.visible = 'changed';
console.log(o.visible, Object.keys(o));
let store = 0;
Object.defineProperty(o, 'acc', { get() { return store * 2; }, set(v) { store = v; }, enumerable: true });
o.acc = 21;
console.log(o.acc, store);
console.log(Object.defineProperty(o, 'ret', { value: 1 }) === o);
const arr = [];
Object.defineProperty(arr, 0, { value: 'zero', enumerable: true, writable: true, configurable: true });
console.log(arr, arr.length);
