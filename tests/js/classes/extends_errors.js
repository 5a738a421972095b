// Invalid superclasses.
const cases = [
  () => { class X extends 5 {} },
  () => { class X extends undefined {} },
  () => { const notCtor = {}; class X extends notCtor {} },
  () => { function F() {} F.prototype = 3; class X extends F {} },
  () => { class X extends null {} new X(); },
];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
    console.log('no error');
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
class NullBase extends null { constructor() { return Object.create(NullBase.prototype); } }
console.log(Object.getPrototypeOf(NullBase.prototype), new NullBase() instanceof NullBase);
