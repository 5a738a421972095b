// Modes: default no-jit jit-eager ic-eager
// Reason: overflows the stack several times; too slow with a GC at every allocation.
// Overflowing again inside a catch block, and via mutual recursion, is still catchable.
function a(n) { return b(n + 1); }
function b(n) { return a(n + 1); }
let caught = 0;
for (let i = 0; i < 3; i++) {
  try {
    a(0);
  } catch (e) {
    caught++;
    try {
      a(0);
    } catch (e2) {
      if (e2 instanceof RangeError) caught++;
    }
  }
}
console.log('caught', caught);
