// Class constructors cannot be called without new; methods cannot be constructed.
class A { m() {} static s() {} }
const cases = [
  () => A(),
  () => A.call({}),
  () => new A.prototype.m(),
  () => new A.s(),
  () => { const B = class {}; B(); },
];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
