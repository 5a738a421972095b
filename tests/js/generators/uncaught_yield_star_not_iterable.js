// Exit: 1
// An uncaught TypeError from yield* of a non-iterable: reported at the yield*.
function* g() {
  yield* 5;
}
g().next();
