// new on values that are not constructors.
const arrow = () => {};
const obj = { method() {} };
const cases = [
  () => new arrow(),
  () => new obj.method(),
  () => new Math.max(),
  () => new 5(),
  () => new (Symbol)(),
  () => new undefined(),
  () => new obj(),
];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
