// Calling a non-callable value names the callee in the message.
const o = { notFn: 1, nested: { value: 'x' } };
const cases = [
  () => o.notFn(),
  () => o.missing(),
  () => o.nested.value(),
  () => o['notFn'](),
  () => undefinedValue(),
  () => (1)(),
  () => 'str'(),
  () => o.nested.missing.deep(),
  () => null(),
];
let undefinedValue;
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
