// Modes: default no-jit jit-eager ic-eager
// Reason: overflows the stack through builtin frames; too slow with a GC at every allocation.
// Stack overflow while recursing through builtins (map, call, toString) is a RangeError.
function viaMap(n) { return [n].map(viaMap); }
function viaCall(n) { return viaCall.call(null, n + 1); }
const viaToString = { toString() { return String(this); } };
const cases = [() => viaMap(0), () => viaCall(0), () => String(viaToString)];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
