// Exit: 1
// A yield expression cannot be an arrow function parameter.
function* g() {
  (yield) => 1;
}
