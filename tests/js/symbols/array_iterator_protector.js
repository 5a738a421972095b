// Replacing Array.prototype[Symbol.iterator] must be honoured by for-of
// (the fast path for arrays is guarded).
const a = [1, 2, 3];
const before = [];
for (const v of a) before.push(v);
const original = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  let done = false;
  return { next: () => (done ? { done: true } : (done = true, { value: 'patched', done: false })) };
};
const after = [];
for (const v of a) after.push(v);
Array.prototype[Symbol.iterator] = original;
const restored = [];
for (const v of a) restored.push(v);
console.log(before, after, restored);
// An own iterator on one array instance.
const b = [7, 8];
b[Symbol.iterator] = function () { return original.call([9]); };
const own = [];
for (const v of b) own.push(v);
console.log(own);
