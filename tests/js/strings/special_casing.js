// Guards toUpperCase's one-to-many mappings (SpecialCasing.txt): ß, ŉ,
// ligatures, Greek letters with iota subscript and dialytika, Armenian ligature;
// the lowercase specials İ and final sigma; lengths change accordingly.
const cases = ['ß', 'ŉ', 'ǰ', 'ﬀ', 'ﬁ', 'ﬃ', 'ﬆ', 'ΐ', 'ΰ', 'ᾳ', 'ᾼ', 'ῃ', 'ῳ', 'ᾀ', 'և', 'ẖ', 'Straße', 'ﬁnish'];
for (const s of cases) console.log(s, s.toUpperCase(), s.length, s.toUpperCase().length);
console.log('İ'.toLowerCase().length, 'ΟΔΟΣ ΟΔΟΣ.'.toLowerCase(), 'Σ'.toLowerCase(), 'AΣB'.toLowerCase());
console.log('ß'.toLocaleUpperCase(), 'ǅ'.toUpperCase(), 'ǅ'.toLowerCase());
