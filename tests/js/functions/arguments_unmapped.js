// arguments is unmapped in strict functions and in functions with default,
// rest parameters: writes do not alias.
function strict(a) {
  'use strict';
  arguments[0] = 'x';
  a = 'y';
  return [a, arguments[0]];
}
console.log(strict(1));
function withDefault(a, b = 2) {
  a = 'changed';
  return [a, arguments[0], arguments.length];
}
console.log(withDefault(1));
function withRest(a, ...r) {
  arguments[0] = 'changed';
  return [a, r.length];
}
console.log(withRest(1, 2, 3));
function strictCallee() {
  'use strict';
  try {
    return arguments.callee;
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}
console.log(strictCallee());
