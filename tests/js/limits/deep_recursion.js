// Modes: default no-jit jit-eager ic-eager
// Reason: recurses until the stack overflows (about 10k frames); too slow with a GC at every allocation.
// Unbounded recursion throws a catchable RangeError, and the program goes on.
let depth = 0;
function recurse() {
  depth++;
  recurse();
}
try {
  recurse();
} catch (e) {
  console.log(e instanceof RangeError, e.name + ': ' + e.message);
}
console.log('depth above 1000:', depth > 1000);
// The stack is usable again after unwinding.
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(1000));
