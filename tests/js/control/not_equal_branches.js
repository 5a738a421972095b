// `a !== b` and `a != b` in a condition branch on the equality with the
// branches swapped (no LogicalNot). Every kind of test position and
// operand: NaN, -0, objects, strings, mixed types, loose coercions.
var values = [0, -0, 1, NaN, '1', '', 'a', null, undefined, true, false, {}, [], [1]];
var o = {};
values.push(o);
var rows = [];
for (var i = 0; i < values.length; i++) {
  var a = values[i], row = '';
  for (var j = 0; j < values.length; j++) {
    var b = j === values.length - 1 ? o : values[j];
    var bits = 0;
    if (a !== b) bits |= 1;
    if (a != b) bits |= 2;
    bits |= (a !== b ? 4 : 0) | (a != b ? 8 : 0);
    if (!(a !== b)) bits |= 16;
    if (a !== b && a != b) bits |= 32;
    if (a !== b || a != b) bits |= 64;
    row += bits.toString(16) + ' ';
  }
  rows.push(row.trim());
}
console.log(rows.join('\n'));
// Loops whose condition is an inequality.
var n = 0, k = 10;
while (k != 3) { k--; n++; }
for (var m = 0; m !== 7; m++) n += m;
do { n++; } while (n % 5 !== 0);
console.log(n, k);
// The value (not a test) keeps its boolean.
var flags = [1 !== 1, 1 !== 2, 'x' != 'x', 0 != '0', NaN !== NaN];
console.log(flags.join(','));
// Objects with valueOf in loose inequality: the conversion runs once.
var calls = 0;
var v = { valueOf: function () { calls++; return 5; } };
if (v != 5) console.log('unexpected'); else console.log('loose equal', calls);
