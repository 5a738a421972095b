// Exit: 1
// yield is an AssignmentExpression: it cannot be the operand of `+` without parentheses.
function* g() {
  let x = 1 + yield 2;
}
