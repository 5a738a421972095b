// Exit: 1
// yield* needs an operand.
function* g() {
  yield*
}
