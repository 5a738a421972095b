// Exit: 1
// An undeclared private name in a member access: V8 puts a one-character
// caret under the `.` of `this.#x`.
class A {
  #y = 1;
  m() {
    return this.#x + this.#y;
  }
}
