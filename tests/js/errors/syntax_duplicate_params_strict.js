// Exit: 1
// Duplicate parameter names are an error in strict code.
'use strict';
function f(a, b, a) {
  return a;
}
