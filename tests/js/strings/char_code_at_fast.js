// charCodeAt on a flat string with an int32 position runs without a builtin
// frame; every other case (cons strings, String objects, odd positions,
// no argument, a patched method) must still answer as the builtin does.
var s = 'h\u00e9llo \u4e16\u754c';
var codes = [];
for (var i = -1; i <= s.length; i++) codes.push(s.charCodeAt(i));
console.log(codes);
var cons = 'abc';
for (var j = 0; j < 5; j++) cons += 'd' + j;
console.log(cons.charCodeAt(7), cons.charCodeAt(1.9), cons.charCodeAt('2'), cons.charCodeAt());
console.log(new String('xyz').charCodeAt(1), String.prototype.charCodeAt.call(12345, 2));
console.log('abc'.charCodeAt(NaN), 'abc'.charCodeAt(Infinity), 'abc'.charCodeAt(-0));
try { String.prototype.charCodeAt.call(null, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
var saved = String.prototype.charCodeAt;
String.prototype.charCodeAt = function (k) { return 'patched ' + k; };
console.log('abc'.charCodeAt(1));
String.prototype.charCodeAt = saved;
console.log('abc'.charCodeAt(1));
