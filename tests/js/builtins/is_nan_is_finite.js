// The global isNaN and isFinite coerce their argument with ToNumber.
const vals = [NaN, 0, '0', '', ' ', 'abc', '1e3', undefined, null, true, [], [1], [1, 2], {}, Infinity, -Infinity, '  12  '];
for (let i = 0; i < vals.length; i++) console.log(i, isNaN(vals[i]), isFinite(vals[i]));
try {
  isNaN(Symbol());
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
