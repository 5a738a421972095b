// Modes: default no-jit jit-eager ic-eager
// Reason: recurses until the stack overflows three times; too slow with a GC at every allocation.
// Runaway generator recursion (yield*, next() inside a generator, for-of over
// a fresh generator) is a RangeError, never a crash: every resume is a native
// re-entry of the interpreter, bounded by the native stack limit.
function* r(n) { yield* r(n + 1); }
try { r(0).next(); } catch (e) { console.log(e.constructor.name, e.message); }
function* s(n) { const it = s(n + 1); yield it.next(); }
try { s(0).next(); } catch (e) { console.log(e.constructor.name, e.message); }
let depth = 0;
function* t() { depth++; for (const x of t()) yield x; }
try { [...t()]; } catch (e) { console.log(e.constructor.name, e.message, depth > 50); }
