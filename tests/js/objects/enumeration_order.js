// Property order: integer keys ascending, then strings in insertion order,
// then symbols in insertion order — for keys, for-in, JSON and console.log.
const s1 = Symbol('first');
const s2 = Symbol('second');
const o = {};
o.z = 1;
o[s1] = 's1';
o[10] = 'ten';
o.a = 2;
o[2] = 'two';
o['1.5'] = 'not an index';
o[s2] = 's2';
o['-1'] = 'negative';
o[0] = 'zero';
o[4294967294] = 'max index';
o[4294967295] = 'not an array index';
o.m = 3;
console.log(Object.keys(o).join(' '));
const inOrder = [];
for (const k in o) inOrder.push(k);
console.log(inOrder.join(' '));
console.log(JSON.stringify(o));
console.log(o);
// Re-adding a deleted key moves it to the end.
delete o.z;
o.z = 'again';
console.log(Object.keys(o).join(' '));
