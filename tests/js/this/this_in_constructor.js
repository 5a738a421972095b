// With new, this is a fresh object whose prototype is the constructor's prototype.
function Thing(v) {
  this.v = v;
  this.self = () => this;
}
const t = new Thing(3);
console.log(t.v, t.self() === t, Object.getPrototypeOf(t) === Thing.prototype);
// Calling a constructor without new in sloppy mode writes to the global object.
function Leaky(v) { this.leaked = v; }
Leaky('oops');
console.log(globalThis.leaked);
delete globalThis.leaked;
function StrictCtor(v) { 'use strict'; this.v = v; }
try {
  StrictCtor(1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
