// Symbols are unique primitives with an optional description.
const a = Symbol('desc');
const b = Symbol('desc');
const c = Symbol();
console.log(typeof a, a === b, a == b, a === a);
console.log(a, c, [a, c]);
console.log(String(a), a.toString(), String(c));
try {
  new Symbol();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(Symbol(123).toString(), Symbol(undefined).toString(), Symbol(null).toString());
