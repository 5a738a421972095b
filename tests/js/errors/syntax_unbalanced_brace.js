// Exit: 1
// A missing closing brace: the error is at the end of the input.
function f() {
  if (true) {
    return 1;
  }
