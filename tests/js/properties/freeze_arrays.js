// frozen arrays reject element and length writes
'use strict';
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }

const a = Object.freeze([1, 2, 3]);
t(() => { a[0] = 9; });
t(() => { a.length = 0; });
t(() => { a[3] = 4; });
console.log(a, Object.isFrozen(a), a.map(x => x * 2), a.slice(1));
