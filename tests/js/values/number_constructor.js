// Number() as a function: ToNumber of every kind of value.
console.log(Number(), Number(undefined), Number(null));
console.log(Number(true), Number(false));
console.log(Number('3.5'), Number(''), Number('abc'));
console.log(Number([]), Number([7]), Number([1, 2]), Number({}));
console.log(Number({ valueOf() { return 9; } }));
console.log(Number(-0), Number(1e21));
try {
  Number(Symbol('s'));
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const boxed = new Number(5);
console.log(typeof boxed, boxed + 1, boxed == 5, boxed === 5);
