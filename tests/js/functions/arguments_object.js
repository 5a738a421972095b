// arguments: indexable, has length, is not an array, and arrows do not have their own.
function f() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
console.log(f(), f(1, 2, 3), f.length);
function outer() {
  const arrow = () => arguments[0];
  return arrow('ignored');
}
console.log(outer('outer arg'));
function sloppyCallee() { return arguments.callee === sloppyCallee; }
console.log(sloppyCallee());
function toArray() { return Array.prototype.slice.call(arguments); }
console.log(toArray(1, 'a', null));
function count() { return arguments.length; }
console.log(count(undefined, undefined), count.apply(null, [1, 2, 3]));
