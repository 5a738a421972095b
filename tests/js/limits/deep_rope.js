// Modes: default no-jit jit-eager ic-eager
// Reason: a million concatenations; too slow with a GC at every allocation.
// A string built by a million single-character appends (a 1e6-deep rope) is
// flattened by indexing without recursing a million frames deep.
let s = '';
for (let i = 0; i < 1000000; i++) s += String.fromCharCode(97 + (i % 26));
console.log(s.length, s[0], s[25], s[26], s[999999], s.charCodeAt(500000));
console.log(s.slice(0, 30), s.indexOf('zab'), s.slice(-5));
// Prepending builds a rope leaning the other way.
let t = '';
for (let i = 0; i < 1000000; i++) t = (i % 10) + t;
console.log(t.length, t[0], t[999999], t.slice(0, 12));
console.log(s === s.slice(0), (s + t).length);
