// Symbol-keyed properties are separate from string keys and hidden from
// Object.keys, for-in and JSON.stringify.
const s = Symbol('secret');
const o = { visible: 1, [s]: 'hidden value' };
o[Symbol('later')] = 'added';
console.log(o[s], o.visible, Object.keys(o));
const keys = [];
for (const k in o) keys.push(k);
console.log(keys, JSON.stringify(o));
console.log(o);
o[s] = 'updated';
console.log(o[s], s in o, delete o[s], s in o);
const desc = Symbol('secret');
console.log(o[desc], desc === s);
