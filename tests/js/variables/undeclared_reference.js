// Reading an undeclared name throws ReferenceError; sloppy writes create globals,
// strict writes throw.
try {
  console.log(notDefinedAnywhere);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  notDefinedAnywhere();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
sloppyGlobal = 5;
console.log(globalThis.sloppyGlobal);
(function () {
  'use strict';
  try {
    strictGlobal = 6;
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
})();
console.log(typeof strictGlobal);
try {
  notDefinedAnywhere += 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
