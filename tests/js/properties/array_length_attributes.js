// array length can be made non-writable
'use strict';
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }

const a = [1, 2, 3];
Object.defineProperty(a, 'length', {writable: false});
t(() => { a.length = 1; });
t(() => { a[5] = 1; });
a[0] = 'ok';
console.log(a, a.length, Object.getOwnPropertyDescriptor(a, 'length'));
