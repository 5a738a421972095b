// preventExtensions blocks new properties but allows deletes and writes
'use strict';
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }

const o = Object.preventExtensions({a: 1, b: 2});
o.a = 10;
delete o.b;
t(() => { o.c = 3; });
t(() => { o[0] = 3; });
console.log(o, Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o));
console.log(Object.isFrozen(Object.preventExtensions({})), Object.isExtensible(1));
