// Exit: 1
// An exception out of an Array callback (run as a builtin continuation):
// the report points at the throw, and the stack goes through the builtin.
function each(list) {
  list.forEach(function (x) {
    if (x === 2) x.missing.property;
  });
}
console.log('calling each');
each([1, 2, 3]);
console.log('never printed');
