// undefined, NaN and Infinity are read-only globals.
undefined = 1;
NaN = 2;
Infinity = 3;
console.log(undefined, NaN, Infinity);
(function () {
  'use strict';
  try {
    undefined = 1;
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  try {
    NaN = 1;
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
})();
function shadow() { const undefined = 'shadowed'; return undefined; }
console.log(shadow());
