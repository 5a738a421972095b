// The first line of stack is "Name: message"; later lines name the functions.
function inner() { return new TypeError('from inner'); }
function outer() { return inner(); }
const e = outer();
const lines = e.stack.split('\n');
console.log(lines[0]);
console.log(lines[1].indexOf('at inner') >= 0, lines[2].indexOf('at outer') >= 0);
console.log(new Error().stack.split('\n')[0]);
console.log(new RangeError('r').stack.split('\n')[0]);
const custom = new Error('renamed');
custom.name = 'Custom';
console.log(custom.stack.split('\n')[0]);
console.log(typeof e.stack);
try {
  null.foo;
} catch (err) {
  console.log(err.stack.split('\n')[0]);
}
