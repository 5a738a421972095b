// Exit: 1
// Input ends in the middle of an expression.
const total = 1 +
