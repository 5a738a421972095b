// Strings nested in arrays and objects are single-quoted; quotes pick the
// delimiter node picks, escapes are shown.
console.log(['a', 'b']);
console.log({ s: 'text' });
console.log(["it's"], ['say "hi"'], ['both \' and "'], ['all \' " `']);
console.log(['line\nbreak', 'tab\there', 'back\\slash']);
console.log([''], { empty: '' });
console.log(['\u0001\u007f', '\u00e9']);
