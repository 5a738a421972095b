// Script
// Sloppy functions in a script see the global object as this; top-level
// declarations are reachable through it.
var counter = 0;
function bump() { this.counter++; }
bump();
bump();
console.log(counter, globalThis.counter);
