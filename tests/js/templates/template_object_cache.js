'use strict';
// Guards tagged templates' template objects: one frozen object per call
// site (the same object on every evaluation, a different one for another
// site with the same text), a frozen `raw` array, cooked undefined for an
// invalid escape, and strict-mode writes to them failing.
function tag(strings, ...values) { return strings; }
function site() { return tag`a${1}b${2}c`; }
const first = site(), second = site();
const other = tag`a${1}b${2}c`;
console.log(first === second, first === other, first, first.raw);
console.log(Object.isFrozen(first), Object.isFrozen(first.raw), Array.isArray(first), first.length);
console.log(Object.getOwnPropertyNames(first), Object.keys(first));
const d = Object.getOwnPropertyDescriptor(first, 'raw');
console.log(d.writable, d.enumerable, d.configurable);
try { first.extra = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => tag`loop`);
console.log(fns[0]() === fns[1](), fns[1]() === fns[2]());
console.log((s => [s[0], s.raw[0]])`\unicode`, (s => s.raw[0] + '|' + s[0])`\n\u0041`);
