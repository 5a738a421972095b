// String methods called through a primitive receiver and through call.
console.log('abc'.slice.call('xyz', 1), String.prototype.charAt.call(12345, 2));
try {
  String.prototype.charAt.call(null, 0);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  String.prototype.indexOf.call(undefined, 'a');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(String.prototype.toUpperCase.call(true));
const n = 42;
console.log(String(n).length, (n + '').charAt(1));
