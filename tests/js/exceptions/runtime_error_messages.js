// A catalogue of TypeErrors and ReferenceErrors thrown by the engine itself.
const o = { a: 1 };
const cases = [
  () => undefined.x,
  () => null[0],
  () => o.a.b.c,
  () => { const u = undefined; u.y = 1; },
  () => { null.f(); },
  () => o.nope(),
  () => missingName,
  () => { 'use strict'; missingStrict = 1; },
  () => new (function () {}.bind())().x.y,
  () => Symbol() + 1,
  () => Symbol() * 2,
  () => ({}) instanceof 5,
  () => 'k' in null,
  () => { class A {} A(); },
  () => { const c = 1; c = 2; },
];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
    console.log(i, 'no error');
  } catch (e) {
    console.log(i, e.constructor === (e.name === 'TypeError' ? TypeError : ReferenceError),
                e.name + ': ' + e.message);
  }
}
