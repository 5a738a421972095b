// a trailing separator is a SyntaxError
// Exit: 1
const n = 100_;
