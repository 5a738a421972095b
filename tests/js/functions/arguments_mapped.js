// In sloppy functions with simple parameters, arguments is mapped: writes to
// a parameter show in arguments and vice versa.
function f(a, b) {
  arguments[0] = 'changed by arguments';
  b = 'changed by param';
  return [a, arguments[1], arguments.length];
}
console.log(f(1, 2));
// Only the passed arguments are mapped.
function g(a, b) {
  b = 'set';
  return [arguments.length, arguments[1]];
}
console.log(g(1));
function h(a) {
  arguments.length = 5;
  return arguments.length;
}
console.log(h(1));
function typeOfArgs() { return typeof arguments + ' ' + (arguments instanceof Array); }
console.log(typeOfArgs());
