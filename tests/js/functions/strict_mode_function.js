// A 'use strict' directive applies to its function only.
function sloppy() { return this === undefined ? 'undefined this' : typeof this; }
function strict() { 'use strict'; return this === undefined ? 'undefined this' : typeof this; }
console.log(sloppy(), strict());
function strictOuter() {
  'use strict';
  return (function () { return this; })();
}
console.log(strictOuter());
function octalInSloppy() { return 010; }
console.log(octalInSloppy());
