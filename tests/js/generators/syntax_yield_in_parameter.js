// Exit: 1
// A yield expression in a generator's parameter defaults is an early SyntaxError.
function* g(x = yield) {}
