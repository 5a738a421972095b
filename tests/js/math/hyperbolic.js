// sinh, cosh, tanh, asinh, acosh, atanh.
console.log(Math.sinh(0), Math.sinh(1), Math.sinh(-0), Math.sinh(Infinity));
console.log(Math.cosh(0), Math.cosh(1), Math.cosh(-Infinity));
console.log(Math.tanh(0), Math.tanh(1), Math.tanh(Infinity), Math.tanh(-Infinity));
console.log(Math.asinh(0), Math.asinh(1), Math.asinh(-0));
console.log(Math.acosh(1), Math.acosh(2), Math.acosh(0.5));
console.log(Math.atanh(0), Math.atanh(0.5), Math.atanh(1), Math.atanh(-1), Math.atanh(2));
