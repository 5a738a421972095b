// Math functions coerce their arguments with ToNumber and ignore extras.
console.log(Math.floor('4.9'), Math.sqrt('9'), Math.abs([-3]), Math.max('1', [2], true));
console.log(Math.floor(), Math.sqrt(undefined), Math.round({}), Math.pow('2', '3'));
console.log(Math.floor(4.9, 100), Math.min(1, '0'));
const o = { valueOf() { return 2.5; } };
console.log(Math.round(o), Math.trunc(o), Math.sign(o));
try {
  Math.floor(Symbol());
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(typeof Math.floor, Math.floor.length, Math.max.length, Math.hypot.length);
