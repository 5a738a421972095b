// strict-mode writes to frozen objects throw V8's TypeErrors
'use strict';
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }

const o = Object.freeze({a: 1});
t(() => { o.a = 2; });
t(() => { o.b = 2; });
t(() => { delete o.a; });
t(() => { o[0] = 1; });
t(() => Object.defineProperty(o, 'a', {value: 5}));
t(() => Object.setPrototypeOf(o, null));
console.log(o);
