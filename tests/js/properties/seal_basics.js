// Object.seal: existing properties stay writable, none added or deleted
'use strict';
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }

const o = Object.seal({a: 1});
o.a = 2;
t(() => { o.b = 1; });
t(() => { delete o.a; });
console.log(o, Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o));
console.log(Object.getOwnPropertyDescriptor(o, 'a'));
console.log(Object.isSealed(Object.freeze({})), Object.isSealed({}), Object.isSealed(Object.preventExtensions({})), Object.isSealed(1));
const sa = Object.seal([1, 2]);
sa[0] = 5;
console.log(sa);
