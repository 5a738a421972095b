// Guards util.format's specifiers in console.log: %s of symbols, -0,
// nested objects and functions (source text), %d/%i/%f conversions, %j
// with toJSON, undefined and cycles, %o/%O, %c swallowing its argument,
// %% and unknown specifiers, missing and extra arguments.
console.log('%s|%s|%s|%s|%s', Symbol('a'), -0, [1, [2]], { a: { b: 1 } }, null);
console.log('%d|%d|%d|%d|%i|%i|%f|%f', '42abc', {}, -0, 1.9, '-7.8', 1e21, 'x', -0);
console.log('%j|%j', { toJSON() { return 'J'; } }, undefined);
console.log('%o', 'str', '%O', [1]);
console.log('%c styled %c', 'color: red', 'x', 'after');
console.log('100%', '%', '%%', '%z', 5);
console.log('%s');
console.log('a%sb%sc', 1);
console.log(5, '%s', 'x');
console.log('%s', class A {}, function f() {}, new Map([[1, 2]]));
console.log('%i', 2 ** 53 + 10, '%d', Number.MAX_VALUE);
const circ = { a: 1 }; circ.self = circ;
console.log('%j', circ);
console.log('%s', new Error('inside'). message, '%s', [new Error('x').message]);
console.log('%s', 'a\nb', { s: 'a\nb' });
