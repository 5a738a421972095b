// getters and setters in object literals
'use strict';
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }

const o = {
  _v: 1,
  get v() { return this._v; },
  set v(x) { this._v = x * 2; },
  get only() { return 'read'; },
  set writeOnly(x) { this._w = x; },
};
o.v = 5;
o.writeOnly = 'w';
console.log(o.v, o._w, o.writeOnly, o);
t(() => { o.only = 1; });
const d = Object.getOwnPropertyDescriptor(o, 'v');
console.log(d.get.name, d.set.name, d.enumerable, d.configurable);
