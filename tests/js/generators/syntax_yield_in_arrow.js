// Exit: 1
// Arrow functions inside a generator are not generators: `yield 1` there is
// an identifier followed by a number.
function* g() {
  const f = () => yield 1;
}
