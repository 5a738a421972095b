// Guards the string iteration fast path: for-of and spread over strings by
// code point (surrogate pairs stay together, lone surrogates alone), and
// String.prototype[Symbol.iterator] patched afterwards is honoured.
const s = "a\u{1F600}b\uD800c\uDC00\u00e9";
const parts = [];
for (const ch of s) parts.push(ch.length + ":" + ch.codePointAt(0).toString(16));
console.log(parts.join(" "));
console.log([..."h\u{1F4A9}i"].length, Math.max(...[..."123"].map(Number)));
console.log(((...r) => r.join("|"))(..."xyz"));
let count = 0;
for (const ch of "") count++;
console.log("empty", count);
for (const ch of "stop here") { if (ch === " ") break; count++; }
console.log("break", count);
const orig = String.prototype[Symbol.iterator];
String.prototype[Symbol.iterator] = function* () { yield "patched"; yield this.length; };
console.log([..."abc"]);
for (const x of "hello") console.log("for-of", x);
String.prototype[Symbol.iterator] = orig;
console.log([..."ok"]);
