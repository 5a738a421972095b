// Script
// In a classic script, top-level var and function declarations become
// properties of the global object; let, const and class do not.
var gv = 1;
let gl = 2;
const gc = 3;
class GC {}
function gf() {}
console.log(globalThis.gv, globalThis.gl, globalThis.gc, globalThis.GC, typeof globalThis.gf);
console.log('gv' in globalThis, 'gl' in globalThis);
globalThis.gv = 10;
console.log(gv);
// Implicit globals through sloppy assignment.
implicitGlobal = 'made';
console.log(globalThis.implicitGlobal, delete globalThis.implicitGlobal, typeof implicitGlobal);
console.log(delete globalThis.gv, gv);
