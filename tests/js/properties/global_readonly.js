// read-only globals: NaN, Infinity, undefined ignore sloppy writes and throw in strict
NaN = 1; Infinity = 2; undefined = 3;
console.log(NaN, Infinity, undefined);
(function () {
  'use strict';
  try { NaN = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
  try { undefined = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
})();
