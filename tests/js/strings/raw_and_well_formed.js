// Guards String.raw (tagged and called with an object), trimLeft/trimRight
// as aliases of trimStart/trimEnd, and isWellFormed/toWellFormed on lone
// surrogates.
console.log(String.raw`a\n${1 + 1}b\t${'x'}\u0041`);
console.log(String.raw`\u{61}${2}`, String.raw``, String.raw`${1}${2}`);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3), String.raw({ raw: 'abc' }, '-', '+'));
console.log(String.raw({ raw: { length: 2, 0: 'p', 1: 'q' } }), String.raw({ raw: [] }, 1));
try { String.raw(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.raw({}); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(String.raw.length, String.raw.name);
console.log(String.prototype.trimLeft === String.prototype.trimStart,
            String.prototype.trimRight === String.prototype.trimEnd,
            String.prototype.trimLeft.name, '  x '.trimLeft() + '|', '  x '.trimRight() + '|');
console.log('abc'.isWellFormed(), 'a\ud800'.isWellFormed(), '\udc00b'.isWellFormed(), '😀'.isWellFormed());
console.log([...'a\ud800b\udc00😀'.toWellFormed()].map(c => c.codePointAt(0).toString(16)).join(' '));
console.log(String.prototype.isWellFormed.length, String.prototype.toWellFormed.name);
