// Script
// A sloppy function that never reads `this` keeps an undefined receiver
// (SharedFunctionInfo::kGlobalReceiverBit): nothing may tell. Those that do
// read it, directly, through a nested arrow or in a generator, still get the
// global object, and a primitive receiver is still boxed (a stack trace
// names its type).
function noThis(x) { return x + 1; }
function readsThis() { return this === globalThis; }
function arrowReadsThis() { return (() => this === globalThis)(); }
function nestedArrow() { return (() => (() => typeof this)())(); }
function* genThis() { yield this === globalThis; }
function callsBack(f) { return f(); }
console.log(noThis(1), readsThis(), arrowReadsThis(), nestedArrow());
console.log(genThis().next().value, callsBack(readsThis), callsBack(noThis.bind(null, 2)));
console.log(readsThis.call(undefined), readsThis.call(null), readsThis.apply(null, []));
// Called many times (the fast paths and, under --jit-eager, compiled code).
var hits = 0;
for (var i = 0; i < 2000; i++) {
  if (readsThis()) hits++;
  hits += noThis(i) - i - 1;
}
console.log(hits);
// A primitive receiver of a function that never reads `this`: the stack
// trace shows the boxed type, as V8 does.
function throwsOnPrimitive() { throw new Error('boom'); }
Number.prototype.throwsOnPrimitive = throwsOnPrimitive;
String.prototype.throwsOnPrimitive = throwsOnPrimitive;
[5, 'str'].forEach(function (v) {
  try {
    v.throwsOnPrimitive();
  } catch (e) {
    console.log(e.stack.split('\n')[1].trim().split(' (')[0]);
  }
});
try {
  throwsOnPrimitive();
} catch (e) {
  console.log(e.stack.split('\n')[1].trim().split(' (')[0]);
}
try {
  throwsOnPrimitive.call({});
} catch (e) {
  console.log(e.stack.split('\n')[1].trim().split(' (')[0]);
}
