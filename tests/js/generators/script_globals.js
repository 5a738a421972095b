// Script
// Top-level generator declarations of a classic script are globals, and
// script-context lets stay visible from a suspended generator.
let counter = 0;
function* ticks() {
  while (true) yield ++counter;
}
var it = ticks();
it.next(); it.next();
console.log(counter, typeof globalThis.ticks, globalThis.it === it);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'ticks').enumerable);
