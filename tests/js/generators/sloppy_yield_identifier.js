// Outside generators, sloppy code may still use `yield` as an identifier,
// and generator functions may be named yield.
var yield = 5;
function f(yield) { return yield * 2; }
console.log(yield, f(21));
function* yieldName() { yield 1; }
var o = { yield: 1, *yield2() { yield this.yield; } };
console.log([...o.yield2()], yieldName.name);
function* outer() {
  function inner() { var yield = "inner identifier"; return yield; }
  yield inner();
}
console.log([...outer()]);
