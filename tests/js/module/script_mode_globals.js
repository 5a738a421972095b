// Script
// In classic script mode (lucid --script), top-level var and functions are global,
// this is the global object, and module/require are absent.
var scriptVar = 'global var';
function scriptFunction() { return 'global function'; }
console.log(globalThis.scriptVar, globalThis.scriptFunction());
console.log(this === globalThis, typeof module, typeof require, typeof exports);
let scriptLet = 1;
console.log(globalThis.scriptLet, scriptLet);
