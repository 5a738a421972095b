// Exit: 1
// An exception escaping a generator body: node's report shows the generator
// frame, then the builtin next() called on it ("gen.next").
function* gen() {
  yield 1;
  throw new Error('boom from the generator');
}
const it = gen();
it.next();
it.next();
