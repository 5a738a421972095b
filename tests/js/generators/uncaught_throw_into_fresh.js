// Exit: 1
// throw() into a generator that never started: the exception escapes at once,
// and node's report points at the generator's parameter list.
function* g() {
  yield 1;
}
const it = g();
it.throw(new Error('thrown into a fresh generator'));
