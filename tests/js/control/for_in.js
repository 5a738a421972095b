// for-in: own then inherited enumerable string keys, in spec order, skipping
// symbols, non-enumerables and keys deleted during the loop.
const proto = { inherited: 1, shadowed: 'proto' };
const o = Object.create(proto);
o.b = 1;
o[2] = 'two';
o.a = 2;
o[1] = 'one';
o.shadowed = 'own';
o[Symbol('s')] = 'symbol';
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
const keys = [];
for (const k in o) keys.push(k);
console.log(keys.join(' '));
// Deleting a not-yet-visited key skips it.
const d = { x: 1, y: 2, z: 3 };
const seen = [];
for (const k in d) { seen.push(k); if (k === 'x') delete d.z; }
console.log(seen.join(' '));
// Over arrays, strings, null and undefined.
const ak = [];
for (const i in ['a', 'b']) ak.push(typeof i + ':' + i);
console.log(ak);
const sk = [];
for (const i in 'hi') sk.push(i);
console.log(sk);
let ran = false;
for (const k in null) ran = true;
for (const k in undefined) ran = true;
console.log(ran);
// A non-declaration target.
const target = {};
for (target.key in { only: 1 });
console.log(target.key);
