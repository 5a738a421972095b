// Top-level primitives print bare; strings without quotes.
console.log(1, -1, 1.5, -0, 0, NaN, Infinity, -Infinity);
console.log('plain string', '', 'with \'quotes\' and "doubles"');
console.log(true, false, null, undefined);
console.log(Symbol('sym'), Symbol(), Symbol.iterator);
console.log(1e21, 1e-7, 2 ** 53);
console.log();
console.log('after empty line');
