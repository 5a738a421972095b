// Lone surrogates are kept as code units; comparison is by code unit.
const hi = '\ud800';
const lo = '\udc00';
console.log(hi.length, (hi + lo).length, (hi + lo) === '\u{10000}');
console.log((hi + lo).charCodeAt(0).toString(), (hi + lo).charCodeAt(1).toString());
console.log('\u{10000}'.slice(0, 1) === hi, '\u{10000}'.split('').length);
console.log(JSON.stringify('\u{1F600}'), JSON.stringify(hi));
