// forEach: callback(value, key, collection) with thisArg; a throwing
// callback stops it; Set passes the value twice.
const m = new Map([['a', 1], ['b', 2]]);
m.forEach(function (value, key, map) { console.log(key, value, map === m, this.tag); }, { tag: 'T' });
new Set(['x', 'y']).forEach((v, k, s) => console.log(v, k, s.size));
let calls = 0;
try {
  m.forEach(() => { calls++; throw new TypeError('stop'); });
} catch (e) {
  console.log(e.message, calls);
}
console.log(m.forEach(() => {}), Map.prototype.forEach.length, Set.prototype.forEach.length);
'use strict';
new Map([[1, 1]]).forEach(function () { console.log(typeof this); });
