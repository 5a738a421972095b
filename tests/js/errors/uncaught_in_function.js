// Exit: 1
// The stack in the report names each function between the throw and the top level.
function inner(x) {
  return x.missing.property;
}
function outer() {
  return inner({});
}
console.log('calling outer');
outer();
console.log('never printed');
