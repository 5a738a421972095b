// Object.defineProperty errors with V8's messages.
const o = {};
Object.defineProperty(o, 'locked', { value: 1 });
const cases = [
  () => Object.defineProperty(1, 'x', { value: 1 }),
  () => Object.defineProperty(o, 'x', 1),
  () => Object.defineProperty(o, 'locked', { value: 2 }),
  () => Object.defineProperty(o, 'locked', { enumerable: true }),
  () => Object.defineProperty(o, 'bad', { get: 1 }),
  () => Object.defineProperty(o, 'both', { value: 1, get() {} }),
];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
    console.log('no error');
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
// Redefining with the same value is allowed.
Object.defineProperty(o, 'locked', { value: 1 });
console.log(o.locked);
