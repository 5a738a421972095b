// Exit: 1
// A caught error does not end the program; a later one does.
try {
  null.x;
} catch (e) {
  console.log('caught:', e.message);
}
const list = [1, 2, 3];
list.forEach(function check(n) {
  if (n === 2) throw new TypeError('bad element ' + n);
});
