// Flags: --allow-natives-syntax
// Generators in baseline code: the function's SwitchOnGeneratorState jumps
// to the resume point, SuspendGenerator saves the frame and returns from the
// compiled frame; next/throw/return resume in compiled code, and a loop
// inside a generator moves into it by OSR.
function* counter(limit) {
  let total = 0;
  try {
    for (let i = 0; i < limit; i++) {
      const sent = yield i;
      if (sent !== undefined) total += sent;
    }
  } finally {
    console.log('finally, total', total);
  }
  return total;
}
%CompileBaseline(counter);
const g = counter(5);
console.log(g.next().value, g.next(10).value, g.next(20).value);
console.log(JSON.stringify(g.return(99)), JSON.stringify(g.next()));
function* fail() { yield 1; throw new Error('inside'); }
%CompileBaseline(fail);
const f = fail();
f.next();
try { f.next(); } catch (e) { console.log('caught', e.message); }
function* delegate() { const r = yield* counter(3); yield 'inner returned ' + r; }
%CompileBaseline(delegate);
console.log([...delegate()].join(' | '));
// A long loop inside a generator: OSR into its code mid-run.
function* busy() { let s = 0; for (let i = 0; i < 300000; i++) s = (s + i) % 1000003; yield s; yield s * 2; }
console.log([...busy()].join());
const t = counter(2);
t.next();
try { t.throw(new TypeError('thrown in')); } catch (e) { console.log(e.name, e.message); }
