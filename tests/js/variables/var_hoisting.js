// var declarations are hoisted to the function top with value undefined;
// function declarations are hoisted with their value.
console.log(v, typeof f, f());
var v = 1;
function f() { return 'hoisted'; }
console.log(v);
function g() {
  console.log('inner before', w);
  if (true) { var w = 2; }
  console.log('inner after', w);
  for (var k = 0; k < 3; k++) {}
  console.log('loop var survives', k);
}
g();
var v = 3;
console.log('redeclared', v);
