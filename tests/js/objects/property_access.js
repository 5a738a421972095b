// Dot and bracket access, missing properties, prototype lookups and errors.
const o = { a: 1, 'b c': 2, nested: { deep: { v: 'deep' } } };
console.log(o.a, o['a'], o['b c'], o.nested.deep.v, o['nested']['deep']['v']);
console.log(o.missing, o.nested.missing);
const key = 'a';
console.log(o[key], o[key + ''], o['' + 'a']);
console.log(o.toString === Object.prototype.toString, o.hasOwnProperty('toString'));
const errors = [
  () => o.missing.x,
  () => o.missing.x = 1,
  () => null.x,
  () => undefined[0],
  () => { const u = undefined; return u.prop; },
  () => { const n = null; n.prop = 1; },
  () => o.nested.deep.v.x.y,
];
for (let i = 0; i < errors.length; i++) {
  try {
    errors[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
