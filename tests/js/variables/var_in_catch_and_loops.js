// The catch parameter is block scoped; var inside catch is function scoped.
try {
  throw 'boom';
} catch (err) {
  var fromCatch = err + '!';
  let onlyHere = 1;
}
console.log(fromCatch, typeof err, typeof onlyHere);
// Optional catch binding.
try {
  throw 1;
} catch {
  console.log('caught without binding');
}
// Loop variable declared with var is visible after the loop.
for (var q = 0; q < 2; q++);
console.log(q);
