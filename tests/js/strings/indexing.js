// Bracket indexing and charAt return one UTF-16 code unit; out of range differs.
const s = 'hello';
console.log(s[0], s[4], s[5], s[-1], s['1'], s[1.5]);
console.log(s.charAt(0), s.charAt(4), JSON.stringify(s.charAt(5)), JSON.stringify(s.charAt(-1)));
console.log(s.charAt(), s.charAt(1.7), s.charAt('2'), s.charAt(NaN));
console.log(s.length, 'h' === s[0]);
const emoji = '\ud83d\ude00';
console.log(emoji.length, emoji.charCodeAt(0), emoji.charCodeAt(1));
// Strings are immutable: assignment to an index is ignored in sloppy code.
const t = 'abc';
let u = t;
u[0] = 'z';
console.log(u);
