// String literal escape sequences.
const s = 'tab\there\nnew line\\backslash \'single\' "double" \x41\u0042\u{43}\0end';
console.log(s);
console.log(s.length);
console.log("line\
continued");
console.log('\u00e9' === '\xe9', '\u{1F600}'.length, '\v\f\b'.length);
console.log(JSON.stringify('\t\n\r\b\f\v\0'));
