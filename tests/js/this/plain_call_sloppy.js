// Script
// A plain call of a sloppy function gets the global object as this.
function sloppy() { return this; }
console.log(sloppy() === globalThis);
var topLevelVar = 'visible through this';
function readGlobal() { return this.topLevelVar; }
console.log(readGlobal());
console.log(this === globalThis);
const o = { m: sloppy };
const m = o.m;
console.log(m() === globalThis, o.m() === o);
