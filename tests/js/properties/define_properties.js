// defineProperties defines several, reading descriptors first; symbols too
const s = Symbol('s');
const o = Object.defineProperties({}, {
  a: {value: 1, enumerable: true},
  b: {get() { return this.a + 1; }, enumerable: true},
  [s]: {value: 'sym', enumerable: true},
});
console.log(o, o.b, Object.keys(o));
try { Object.defineProperties({}, {ok: {value: 1}, bad: 5}); } catch (e) { console.log(e.name + ': ' + e.message); }
