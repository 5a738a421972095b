// Flags: --trace-protector-invalidation
// Guards that each iteration protector is invalidated exactly once, at the
// first patch, and prints V8's line (the .out is node's output with the
// same flag): further patches print nothing, other Array.prototype and
// String.prototype properties do not invalidate.
const a = [1, 2, 3];
console.log("spread", [...a].length, [..."ab"].length);
Array.prototype.extra = function () { return 1; };
String.prototype.extra = function () { return 2; };
console.log("unrelated properties added");
a[Symbol.iterator] = function* () { yield 0; };
console.log("own iterator", [...a].length);
Array.prototype[Symbol.iterator] = function* () { yield 1; };
console.log("patched", [...[5, 6]].length);
String.prototype[Symbol.iterator] = function* () { yield "s"; };
console.log("string patched", [..."xyz"].length);
String.prototype[Symbol.iterator] = function* () { yield "t"; };
Object.prototype[0] = "elem";
console.log("hole", [, 1][0]);
delete Object.prototype[0];
