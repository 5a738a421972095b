// A file runs as a CommonJS module: top-level var, let and functions stay local
// to the module instead of becoming globals.
var topVar = 1;
let topLet = 2;
function topFunction() {}
console.log(typeof globalThis.topVar, typeof globalThis.topLet, typeof globalThis.topFunction);
console.log('topVar' in globalThis, topVar, topLet);
console.log(typeof module, typeof exports, typeof require, typeof __filename, typeof __dirname);
