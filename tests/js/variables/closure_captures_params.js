// Parameters, the arguments object and loop variables can all be captured.
function make(a, b) {
  const sum = () => a + b;
  const setA = v => { a = v; };
  return [sum, setA];
}
const sum = make(1, 2)[0];
console.log(sum());
const pair = make(10, 20);
pair[1](100);
console.log(pair[0]());
function later() {
  const args = arguments;
  return () => args.length + ':' + args[0];
}
console.log(later('x', 'y')());
