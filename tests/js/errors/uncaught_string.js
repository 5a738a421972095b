// Exit: 1
// Throwing a string.
function fail() {
  throw 'a plain string';
}
fail();
