// symbol-keyed properties: define, read, delete, in, hasOwnProperty, descriptors
const s = Symbol('k');
const o = {};
o[s] = 1;
console.log(o[s], s in o, o.hasOwnProperty(s), Object.getOwnPropertyDescriptor(o, s));
Object.defineProperty(o, Symbol.for('hidden'), {value: 2, enumerable: false});
console.log(Object.getOwnPropertySymbols(o).length, Object.keys(o).length);
delete o[s];
console.log(s in o, Object.getOwnPropertySymbols(o));
