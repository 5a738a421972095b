// Guards String.prototype.normalize on Latin text: NFD splits accented
// letters into base + combining marks in canonical order, NFC puts them back
// together (also from unordered or partly composed input), NFKC/NFKD expand
// compatibility characters (ligatures, fractions, superscripts), Hangul
// syllables, and the RangeError for an unknown form.
const codes = (s) => [...s].map(c => c.codePointAt(0).toString(16)).join(' ');
const samples = ['café', 'Ångström', 'naïve', 'Ελλάδα', 'Ёлка', 'ḍ̇', 'ṩ', 'a\u0323\u0307', 'a\u0307\u0323',
                 'e\u0301\u0301', 'ﬁﬂ', '½²', 'Å', 'Ω', 'x\u0300', '한국어', 'ǖ', 'ÅÄÖ åäö', 'ḱṃ', 'Œuvre', ''];
for (const s of samples) {
  console.log(JSON.stringify(s), '|', ['NFC', 'NFD', 'NFKC', 'NFKD'].map(f => codes(s.normalize(f))).join(' | '));
}
let all = '';
for (let c = 0xc0; c < 0x250; c++) all += String.fromCharCode(c);
for (let c = 0x1e00; c < 0x1f00; c++) all += String.fromCharCode(c);
console.log(all.normalize('NFD').length, all.normalize('NFD').normalize('NFC') === all.normalize('NFC'),
            all.normalize('NFC').length, all.normalize('NFKD').length);
console.log('e\u0301'.normalize() === 'é', 'é'.normalize('NFD') === 'e\u0301', 'abc'.normalize(undefined));
try { 'a'.normalize('nfc'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.normalize.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(String.prototype.normalize.length);
