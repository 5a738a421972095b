// Function.prototype.call/apply/bind set this and arguments.
function show(greeting, punct) { return greeting + ', ' + this.name + punct; }
const alice = { name: 'Alice' };
console.log(show.call(alice, 'Hi', '!'));
console.log(show.apply(alice, ['Hello', '?']));
const bound = show.bind(alice, 'Hey');
console.log(bound('.'), bound.call({ name: 'Bob' }, '...'));
console.log(bound.name, bound.length, show.length);
console.log(show.apply(alice, { length: 2, 0: 'Array-like', 1: ';' }));
console.log(Math.max.apply(null, [3, 9, 2]), Math.max.apply(null));
try {
  show.apply(alice, 5);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Function.prototype.call.call(1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
