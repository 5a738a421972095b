// Doubling a string until it passes the maximum string length throws
// RangeError: Invalid string length, and the program continues.
let s = 'ab';
let doublings = 0;
try {
  for (;;) {
    s = s + s;
    doublings++;
  }
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(doublings > 20, s.length > 1e6);
