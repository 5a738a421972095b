// ToBoolean of every kind of value.
const values = [0, -0, 1, -1, NaN, Infinity, '', ' ', '0', 'false', null, undefined,
  true, false, {}, [], function () {}, Symbol()];
const out = [];
for (let i = 0; i < values.length; i++) {
  out.push(values[i] ? 'T' : 'F');
}
console.log(out.join(''));
console.log(!!0.0, !!'0', !![], !!{}, !!-0);
console.log(Boolean(''), Boolean('x'), Boolean(0), Boolean(NaN));
