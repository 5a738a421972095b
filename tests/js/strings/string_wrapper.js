// String() as a function and String objects.
console.log(String(123), String(-0), String(null), String(undefined), String(true));
console.log(String([1, [2, 3]]), String({}), String([null, undefined, 1]));
console.log(String(Symbol('desc')));
const w = new String('abc');
console.log(typeof w, w.length, w[1], w + 'd', w == 'abc', w === 'abc');
try {
  '' + Symbol('x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  `${Symbol('y')}`;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
