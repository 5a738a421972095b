// Exit: 1
// A missing closing parenthesis.
console.log('never');
function f(a, b {
  return a + b;
}
