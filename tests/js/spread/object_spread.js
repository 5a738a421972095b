// object spread copies own enumerable properties, later keys win, getters run once
let n = 0;
const src = { a: 1, get g() { n++; return 'g'; } };
const s = Symbol('s');
const merged = { a: 0, ...src, b: 2, ...{a: 'last', [s]: 'sym'} };
console.log(merged, n);
console.log({...null, ...undefined, ...123, ...true});
console.log({...'ab'}, {...[1, 2]});
const proto = {inherited: 1};
console.log({...Object.create(proto)});
