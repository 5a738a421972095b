// Exit: 1
// An unexpected closing bracket.
const a = [1, 2]];
