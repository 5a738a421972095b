// Exit: 1
// Inside a generator `yield` is no identifier, even in sloppy code.
function* g() {
  var yield;
}
