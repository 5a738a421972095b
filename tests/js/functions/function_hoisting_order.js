// Function declarations are initialized before any statement runs, even when
// declared after a return.
function f() {
  return g();
  function g() { return 'g from after return'; }
}
console.log(f());
console.log(typeof lateDecl);
function lateDecl() {}
const expr = typeof notHoisted;
var notHoisted = function () {};
console.log(expr, typeof notHoisted);
