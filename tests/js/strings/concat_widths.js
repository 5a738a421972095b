// String concatenation across storage widths (Factory::NewConsString picks
// one-byte or two-byte from each side's storage, Runtime_StringAdd is the
// Add handlers' string case): short results copied flat, ropes, ropes of
// ropes with a two-byte leaf deep inside, flattened ropes reused as leaves,
// strings that went through the string table (property keys), and the
// results read back by index, by charCodeAt, as keys and by comparison.
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out.join(',');
}
var one = 'abc', latin = 'caf\u00e9', wide = '\u4e2d\u6587', astral = '\ud83d\ude00';
var pairs = [[one, one], [one, latin], [latin, wide], [wide, one], [one, astral], ['', wide], [wide, '']];
pairs.forEach(function (p) {
  var s = p[0] + p[1];
  console.log(JSON.stringify(s), s.length, codes(s));
});
// Long enough to be ropes; a two-byte leaf at the far end of a deep rope.
var rope = '';
for (var i = 0; i < 200; i++) rope += 'x' + (i % 10);
var deep = rope + wide;
var deeper = 'start-' + deep + '-end';
console.log(deeper.length, deeper.charCodeAt(406), deeper.charCodeAt(407), deeper.slice(-6), codes(deeper.slice(400, 410)));
// A rope flattened by a read, then used as a leaf again.
var flat = rope + latin;
console.log(flat.indexOf('\u00e9'), (flat + wide).length, codes((flat + wide).slice(-4)));
// Keys: a concatenation becomes a property key and is found by an equal
// string built another way.
var o = {};
o[one + wide] = 1;
o['abc' + '\u4e2d' + '\u6587'] += 1;
console.log(JSON.stringify(Object.keys(o)), o['abc\u4e2d\u6587']);
// Comparison and equality across representations.
var a = 'ab' + 'c\u00e9', b = 'abc' + '\u00e9';
console.log(a === b, a < b + '!', (wide + one) > (one + wide), [a, wide + one, one].sort().join('|'));
// Many small concatenations in a loop (the Add handler's string feedback),
// mixing widths part way.
var acc = '';
for (var k = 0; k < 3000; k++) acc += k === 1500 ? '\u20ac' : String.fromCharCode(97 + (k % 26));
console.log(acc.length, acc.charCodeAt(1500), acc.charCodeAt(1499), acc.charCodeAt(2999), acc.lastIndexOf('\u20ac'));
// A string and a non-string still take the generic path.
console.log('n' + 1 + 2, 1 + 2 + 'n', 'x' + {toString: function () { return '\u4e2d'; }}, 'u' + undefined);
