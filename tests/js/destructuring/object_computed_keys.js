// computed keys in object patterns, evaluated in order with the gets
const log = [];
const src = { get k1() { log.push('get k1'); return 1; }, get k2() { log.push('get k2'); return 2; } };
const {[(log.push('key1'), 'k1')]: one, [(log.push('key2'), 'k2')]: two} = src;
console.log(one, two, log.join(', '));
const sym = Symbol('s');
const {[sym]: viaSymbol, [1 + 1]: viaNumber} = {[sym]: 'sym', 2: 'two'};
console.log(viaSymbol, viaNumber);
