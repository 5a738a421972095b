// Symbols do not convert implicitly to strings or numbers.
const s = Symbol('conv');
const cases = [
  () => s + '',
  () => `${s}`,
  () => s + 1,
  () => +s,
  () => s < 1,
  () => [s].join(),
  () => 'x'.indexOf(s),
  () => Math.abs(s),
];
for (let i = 0; i < cases.length; i++) {
  try {
    console.log(cases[i]());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log(!s, !!s, s ? 'truthy' : 'falsy', String(s));
