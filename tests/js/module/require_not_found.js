// Guards node's MODULE_NOT_FOUND error: message with the require stack
// (the requiring module and its parents), code, requireStack, and
// require.resolve failing the same way; an empty or non-string id.
function show(f) {
  try { f(); } catch (e) {
    const rel = (s) => s.split(__dirname).join('<dir>');
    console.log(e.name, e.code, rel(e.message), e.requireStack && e.requireStack.map(rel));
  }
}
show(() => require('./fixtures/nothing_here'));
show(() => require.resolve('./fixtures/nothing_here.js'));
show(() => require('./fixtures/requires_missing').load());
show(() => require(''));
show(() => require(42));
console.log(typeof require.resolve, require.resolve.name);
