// non-enumerable properties are skipped by keys, for-in, JSON, spread and assign
const o = {visible: 1};
Object.defineProperty(o, 'hidden', {value: 2, enumerable: false});
const keys = []; for (const k in o) keys.push(k);
console.log(Object.keys(o), keys, JSON.stringify(o), {...o}, Object.assign({}, o));
console.log(Object.getOwnPropertyNames(o), o.propertyIsEnumerable('hidden'), o);
