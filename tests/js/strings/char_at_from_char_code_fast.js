// charAt and String.fromCharCode, frameless and through the builtin.
var s = 'héllo wörld ☃ \u00ff\u0100';
var out = [];
for (var i = -2; i < s.length + 2; i++) out.push(s.charAt(i));
console.log(JSON.stringify(out));
console.log(s.charAt(), s.charAt(1.5), s.charAt('2'), s.charAt(NaN), s.charAt(null), s.charAt(2, 3));
var rope = ''; for (var j = 0; j < 30; j++) rope += String.fromCharCode(97 + j % 26);
console.log(rope.charAt(3), rope.charAt(29), rope.charAt(30) === '');
var codes = [65, 97, 255, 256, 0x2603, 65536 + 66, -1, 0, 48.5, '66'];
console.log(JSON.stringify(codes.map(function (c) { return String.fromCharCode(c); })));
console.log(String.fromCharCode(), String.fromCharCode(72, 105), String.fromCharCode(97) === 'a');
console.log(String.prototype.charAt.call(12345, 2), String.prototype.charAt.call(true, 0));
try { String.prototype.charAt.call(null, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
var fc = String.fromCharCode;
console.log(fc(120), fc.call(null, 121), [122].map(String.fromCharCode)[0]);
var acc = '';
for (var k = 0; k < 300; k++) acc += String.fromCharCode(k % 300).charAt(0);
console.log(acc.length, acc.charCodeAt(299), acc.charCodeAt(255));
