// ToPrimitive: valueOf first for number hints and +, toString first for
// string hints; objects whose methods return objects are skipped.
const log = [];
const o = {
  valueOf() { log.push('valueOf'); return 5; },
  toString() { log.push('toString'); return 'str'; },
};
console.log(o + 1, o * 2, `${o}`, String(o), o + '', [o] + '');
console.log(log.join(' '));
const onlyString = { valueOf() { return {}; }, toString() { return '7'; } };
console.log(onlyString * 2, onlyString + 1);
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try {
  console.log(bad + 1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const noProto = Object.create(null);
try {
  console.log(noProto + '');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const d = { toString() { return 'D'; } };
console.log(d + d, d < 'E', d == 'D');
