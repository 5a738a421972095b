// Calling a method that does not exist on a string reports the call site.
const s = 'abc';
try {
  s.reverse();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  'lit'.nope();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  s.length();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  null.length;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
