// symbol keys come after string keys, in insertion order, skipped by keys/for-in/JSON
const s1 = Symbol('one'), s2 = Symbol('two');
const o = {z: 1, [s2]: 2, 10: 3, a: 4, [s1]: 5, 2: 6};
console.log(Object.keys(o), Object.getOwnPropertySymbols(o), Object.getOwnPropertyNames(o));
const keys = []; for (const k in o) keys.push(k); console.log(keys);
console.log(JSON.stringify(o), o);
console.log(Object.assign({}, o)[s1], {...o}[s2]);
