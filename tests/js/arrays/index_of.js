// indexOf uses strict equality and a start index; it never finds NaN.
const a = [1, 2, 3, 2, 1, '2', NaN, -0];
console.log(a.indexOf(2), a.indexOf(2, 2), a.indexOf('2'), a.indexOf(4));
console.log(a.indexOf(1, -2), a.indexOf(1, -100), a.indexOf(1, 100));
console.log(a.indexOf(NaN), a.indexOf(0), a.indexOf(-0));
const o = {};
console.log([o, {}].indexOf(o), [{}].indexOf({}), [].indexOf(undefined));
console.log([null, undefined].indexOf(undefined), [null].indexOf(undefined));
