// methods keyed by symbols get "[description]" names
const s = Symbol('custom');
const o = { [s]() {}, get [Symbol.iterator]() { return 1; }, [Symbol()]: function () {} };
console.log(o[s].name, Object.getOwnPropertyDescriptor(o, Symbol.iterator).get.name);
console.log(JSON.stringify(o[Object.getOwnPropertySymbols(o)[2]].name));
class C { static [Symbol.for('reg')]() {} }
console.log(C[Symbol.for('reg')].name);
