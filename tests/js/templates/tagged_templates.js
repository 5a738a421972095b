// Tagged templates receive the cooked strings, raw strings and values.
function tag(strings, ...values) {
  return JSON.stringify(strings) + ' ' + JSON.stringify(strings.raw) + ' ' + JSON.stringify(values);
}
console.log(tag`a${1}b${'two'}c`);
console.log(tag`\n${0}`);
console.log(tag``);
function same(strings) { return strings; }
function get() { return same`x`; }
console.log(get() === get());
const upper = (s, ...v) => s.reduce((acc, str, i) => acc + str + (i < v.length ? String(v[i]).toUpperCase() : ''), '');
console.log(upper`hello ${'world'} and ${'friends'}!`);
