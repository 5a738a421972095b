// Accessor properties in literals and with defineProperty.
const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
  get onlyGet() { return 'read only'; },
  set onlySet(v) { this._set = v; },
};
console.log(temp.f);
temp.f = 212;
console.log(temp._c, temp.f);
temp.onlyGet = 'ignored';
console.log(temp.onlyGet, temp.onlySet);
temp.onlySet = 'stored';
console.log(temp._set);
console.log(temp);
(function () {
  'use strict';
  try {
    temp.onlyGet = 'throws';
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
})();
