// Primitive receivers: numbers and booleans use pseudo shapes, strings
// their own; warm sites see changes to the wrapper prototypes.
function fixed(n) { return n.toFixed(1); }
function len(s) { return s.length; }
function str(b) { return b.toString(); }
let out = '';
for (let i = 0; i < 2000; i++) { fixed(i); len('abc'); str(i % 2 === 0); }
console.log(fixed(3), len('hello'), str(true), str(false));
Number.prototype.toFixed = function () { return 'patched'; };
Boolean.prototype.toString = function () { return 'bool!'; };
console.log(fixed(3), str(true));
function up(s) { return s.toUpperCase(); }
for (let i = 0; i < 100; i++) up('x');
String.prototype.toUpperCase = function () { return 'up'; };
console.log(up('abc'));
function missing(v) { return v.nothing; }
console.log(missing(1), missing('s'), missing(true));
Number.prototype.nothing = 'num';
console.log(missing(1), missing(2.5));
try { missing(undefined); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
