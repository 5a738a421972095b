// Boxed primitives print as [Number: 1], [String: 'x'], [Boolean: true].
console.log(new Number(1), new Number(-0), new String('str'), new Boolean(false));
console.log([new Number(2)], { b: new Boolean(true) });
