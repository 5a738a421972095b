// function name and length are configurable but not writable
'use strict';
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }

function f(a, b) {}
t(() => { f.name = 'g'; });
Object.defineProperty(f, 'name', {value: 'renamed'});
Object.defineProperty(f, 'length', {value: 7});
console.log(f.name, f.length, delete f.name, f.name);
