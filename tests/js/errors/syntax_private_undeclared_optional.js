// Exit: 1
// An undeclared private name after `?.`: the caret is under the `?`.
class A {
  m(o) {
    return o?.#missing;
  }
}
