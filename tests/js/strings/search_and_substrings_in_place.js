// indexOf/lastIndexOf/includes/startsWith/endsWith and slice/substring/substr
// read the flat receiver in place: edge positions, empty patterns, non-Latin-1
// text, ropes, primitives as receivers, conversions of the arguments.
const s = 'hello world, hello lucid';
const t = 'ünïcödé ✓ text ✓ end';
const r = [];
for (const [str, pat] of [[s, 'hello'], [s, ''], [s, 'lucid'], [s, 'zzz'], [t, '✓'], [t, 'd'], ['', ''], ['ab', 'abc']]) {
  r.push(str.indexOf(pat), str.indexOf(pat, 3), str.indexOf(pat, -5), str.indexOf(pat, 100),
         str.lastIndexOf(pat), str.lastIndexOf(pat, 7), str.lastIndexOf(pat, -1), str.lastIndexOf(pat, NaN),
         str.includes(pat), str.includes(pat, 20), str.startsWith(pat), str.startsWith(pat, 13),
         str.endsWith(pat), str.endsWith(pat, 5));
}
r.push(s.slice(6), s.slice(-5), s.slice(3, -3), s.slice(10, 2), s.substring(6, 2), s.substring(-3, 4),
       s.substr(-5, 3), s.substr(3), s.substr(2, -1), t.slice(2, 9), t.substring(8), t.substr(-3));
const rope = 'abc' + 'def'.repeat(3) + String(123);
r.push(rope.indexOf('fde'), rope.slice(2, 7), rope.lastIndexOf('def'), rope.endsWith('23'));
r.push(String.prototype.indexOf.call(12345, 34), String.prototype.slice.call(true, 1));
try { String.prototype.indexOf.call(null, 'a'); } catch (e) { r.push(e.constructor.name); }
r.push('abc'.indexOf({ toString() { return 'b'; } }), 'abcabc'.indexOf('c', { valueOf() { return 3; } }));
console.log(r.join(','));
