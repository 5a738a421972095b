// LdaGlobal/StaGlobal cache the global's PropertyCell; the cell's value,
// deletion and reconfiguration stay visible to warm sites.
var counter = 0;
globalThis.g = 1;
function readG() { return typeof g === 'undefined' ? 'undefined' : g; }
function bump() { counter = counter + 1; return counter; }
for (let i = 0; i < 2000; i++) { readG(); bump(); }
console.log(readG(), bump());
g = 'changed';
console.log(readG());
delete globalThis.g;
console.log(readG());
globalThis.g = 2;
console.log(readG());
Object.defineProperty(globalThis, 'g', { get() { return 'accessor'; }, configurable: true });
console.log(readG());
Object.defineProperty(globalThis, 'counter', { value: 100, writable: false });
console.log(bump(), counter);
function strictBump() { 'use strict'; counter = 5; }
try { strictBump(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
