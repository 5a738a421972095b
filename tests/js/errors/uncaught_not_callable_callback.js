// Exit: 1
// The builtin itself throws (its callback is not callable): the report
// points at the call of map, and the stack starts in the builtin.
function twice(list) {
  return list.map(undefined);
}
console.log('calling twice');
twice([1, 2, 3]);
console.log('never printed');
