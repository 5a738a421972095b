// Each iteration of a for-let loop gets a fresh binding, so closures see the
// value of their own iteration; var is shared by all.
const lets = [];
for (let i = 0; i < 3; i++) lets.push(() => i);
const vars = [];
for (var j = 0; j < 3; j++) vars.push(() => j);
console.log(lets.map(f => f()), vars.map(f => f()));
// Updates in the body are carried into the next iteration's copy.
const seen = [];
for (let k = 0; k < 6; k++) {
  seen.push(() => k);
  k++;
}
console.log(seen.map(f => f()));
// for-in and for-of bindings are per iteration too.
const fromIn = [];
for (let key in { a: 1, b: 2 }) fromIn.push(() => key);
const fromOf = [];
for (const v of ['x', 'y']) fromOf.push(() => v);
console.log(fromIn.map(f => f()), fromOf.map(f => f()));
// A closure created in the loop test sees the current iteration's binding.
const tests = [];
for (let n = 0; tests.push(() => n), n < 2; n++);
console.log(tests.map(f => f()));
