// A call used as an assignment target parses (V8 compatibility) but throws
// ReferenceError after the call runs, before the right-hand side or any
// read or store.
let calls = 0;
function f() { calls++; return [1]; }
function rhs() { console.log('rhs evaluated'); return 1; }
const cases = [
  () => { f() = rhs(); },
  () => { f() += rhs(); },
  () => { f()++; },
  () => { --f(); },
  () => { for (f() of [1, 2]); },
  () => { for (f() in { a: 1 }); },
];
for (const c of cases) {
  try { c(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
// An empty loop never evaluates its target.
for (f() of []);
console.log('calls', calls);
