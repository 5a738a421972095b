// Bracket access converts the key with ToPropertyKey: numbers and their
// canonical strings name the same property.
const o = {};
o[1] = 'one';
o['2'] = 'two';
o[1.5] = 'one and a half';
o[-0] = 'zero';
o[null] = 'null';
o[undefined] = 'undef';
o[true] = 'true';
o[[3, 4]] = 'array key';
o[{}] = 'object key';
console.log(o['1'], o[2], o['1.5'], o[0], o['null'], o.undefined, o['true'], o['3,4']);
console.log(o['[object Object]']);
console.log(Object.keys(o).join(' | '));
const k = { toString() { return 'custom'; } };
o[k] = 'via toString';
console.log(o.custom);
