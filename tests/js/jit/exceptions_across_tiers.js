// Flags: --allow-natives-syntax
// Exceptions cross compiled and interpreted frames both ways: a compiled
// function throws into an interpreted catch, an interpreted one throws
// through a compiled frame that has no handler into a compiled catch, and
// finally blocks run in both tiers.
function thrower(kind) {
  if (kind === 'type') null.x;
  if (kind === 'range') new Array(-1);
  throw new Error('plain ' + kind);
}
function passThrough(kind) { return thrower(kind) + 1; }   // no handler here
function compiledCatch(kind) {
  try { return passThrough(kind); } catch (e) { return 'caught ' + e.constructor.name + ': ' + e.message; }
}
function withFinally(log) {
  try { log.push('try'); thrower('x'); } finally { log.push('finally'); }
}
%CompileBaseline(thrower);
%CompileBaseline(compiledCatch);
%CompileBaseline(withFinally);
// passThrough stays interpreted (unless every function is compiled).
for (const kind of ['type', 'range', 'other']) console.log(compiledCatch(kind));
try { passThrough('direct'); } catch (e) { console.log('interpreted caller:', e.message); }
const log = [];
try { withFinally(log); } catch (e) { log.push('outer ' + e.message); }
console.log(log.join(' > '));
// A handler inside a loop that runs many times (and tiers up on its own).
let caught = 0;
for (let i = 0; i < 5000; i++) {
  try { if (i % 7 === 0) thrower('loop'); } catch (e) { caught++; }
}
console.log('caught in loop:', caught);
// Rethrow from a compiled catch block.
function rethrow() { try { thrower('inner'); } catch (e) { throw new TypeError('wrapped ' + e.message); } }
%CompileBaseline(rethrow);
try { rethrow(); } catch (e) { console.log(e.name, e.message); }
