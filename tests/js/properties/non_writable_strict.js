// strict-mode writes to read-only properties throw V8's TypeError
'use strict';
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }

const o = {};
Object.defineProperty(o, 'x', {value: 1});
t(() => { o.x = 2; });
t(() => { o['x'] += 1; });
t(() => { o.x++; });
const child = Object.create(o);
t(() => { child.x = 5; });
const arr = [1, 2];
Object.defineProperty(arr, 0, {writable: false});
t(() => { arr[0] = 9; });
console.log(o.x, child.x, arr);
