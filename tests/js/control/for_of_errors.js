// for-of over non-iterables and broken iterators.
const cases = [
  () => { for (const x of 5); },
  () => { const obj = {}; for (const x of obj); },
  () => { for (const x of undefined); },
  () => { const bad = { [Symbol.iterator]() { return 1; } }; for (const x of bad); },
  () => { const bad = { [Symbol.iterator]() { return { next() { return 1; } }; } }; for (const x of bad); },
  () => { const bad = { [Symbol.iterator]: 1 }; for (const x of bad); },
];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
