// a getter takes no parameters
// Exit: 1
const o = { get x(a) { return a; } };
