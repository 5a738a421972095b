// a rest element must be last in a pattern
// Exit: 1
const [...rest, last] = [1, 2];
