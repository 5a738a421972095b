// Builtins have names and lengths like V8's.
const fns = [parseInt, parseFloat, isNaN, isFinite, Number, String, Object, Array, Error, TypeError,
  Math.max, Math.floor, JSON.stringify, Object.keys, Object.create, Object.defineProperty,
  Object.getPrototypeOf, Array.prototype.push, Array.prototype.map, Array.prototype.reduce,
  String.prototype.slice, String.prototype.split, String.fromCharCode, Function.prototype.call,
  Function.prototype.apply, Function.prototype.bind, Symbol, console.log];
for (let i = 0; i < fns.length; i++) console.log(fns[i].name, fns[i].length);
