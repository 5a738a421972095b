// Number.prototype.toString (no radix) and String() agree, including on
// boxed numbers and on the results of int32 and double arithmetic.
console.log((255).toString(), (0.5).toString(), (-0).toString(), (1e21).toString());
const n = 3;
console.log(n.toString(), (n / 2).toString(), (n * 1e30).toString());
console.log(new Number(7).toString(), String(new Number(-0)));
console.log(typeof (5).toString());
