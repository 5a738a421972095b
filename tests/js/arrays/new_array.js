// The Array constructor: a single number is a length, anything else elements.
console.log(new Array(3), new Array(3).length, new Array(0));
console.log(new Array(1, 2), new Array('3'), new Array(true), Array(2), Array());
console.log(new Array(3).join('x'), Array(4).length);
const cases = [() => new Array(-1), () => new Array(1.5), () => new Array(4294967296), () => Array(NaN)];
for (let i = 0; i < cases.length; i++) {
  try {
    cases[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log(new Array(4294967295).length);
