// Flags: --allow-natives-syntax
// Deep recursion in compiled code ends in a RangeError, not a crash, and the
// engine keeps working afterwards (the stacks unwind through every frame).
function down(n) { return n === 0 ? 0 : 1 + down(n - 1); }
%CompileBaseline(down);
console.log(down(1000));
let depth = 0;
function forever() { depth++; return forever() + 1; }
%CompileBaseline(forever);
try { forever(); } catch (e) { console.log(e instanceof RangeError, e.message, depth > 1000); }
// Mutual recursion between a compiled and an interpreted function.
function ping(n) { return n <= 0 ? 'done' : pong(n - 1); }
function pong(n) { return ping(n - 1); }
%CompileBaseline(ping);
console.log(ping(100));  // small: each interpreted level nests C++ frames (the sanitizer build's are large)
try { ping(1e9); } catch (e) { console.log(e.name); }
// Overflow inside a try/finally in compiled code runs the finally.
let finallies = 0;
function guarded(n) { try { return guarded(n + 1); } finally { finallies++; } }
%CompileBaseline(guarded);
try { guarded(0); } catch (e) { console.log(e.name, finallies > 100); }
console.log(down(500));
