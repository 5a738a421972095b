// Exit: 1
// yield is not allowed in a class field initializer (class bodies are strict,
// and initializers are functions of their own).
function* g() {
  class A { x = yield 1; }
}
