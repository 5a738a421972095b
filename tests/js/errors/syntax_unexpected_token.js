// Exit: 1
// A stray operator.
const a = 1 +* 2;
