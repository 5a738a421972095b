// Guards localeCompare's order for Latin text as ICU's root collation gives
// it: letters before case (a < B), accents after the base letter, lower
// case before upper case at equal letters, punctuation and digits before
// letters, and canonically equivalent strings equal.
const words = ['banana', 'Apple', 'apple', 'äpple', 'Äpple', 'cote', 'côte', 'coté', 'côté', 'zebra',
               'Zebra', 'éclair', 'eclair', 'Eclair', '10', '9', 'a1', 'a-b', 'ab', 'a b', 'resume',
               'résumé', 'Resume', 'straße', 'strasse', 'Strasse', 'æther', 'aether', '', 'a', 'A', 'á'];
console.log(words.slice().sort((x, y) => x.localeCompare(y)).join(', '));
const pairs = [['a', 'b'], ['b', 'a'], ['a', 'a'], ['a', 'B'], ['B', 'a'], ['a', 'A'], ['A', 'a'],
               ['a', 'á'], ['e\u0301', 'é'], ['abc', 'abd'], ['ab', 'abc'], ['', 'a'], ['Z', 'a']];
console.log(pairs.map(([x, y]) => x.localeCompare(y)).join(' '));
console.log('a'.localeCompare(), 'undefined'.localeCompare(), String.prototype.localeCompare.length);
