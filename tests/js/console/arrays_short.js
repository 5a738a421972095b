// Short arrays print on one line with spaces inside the brackets.
console.log([]);
console.log([1]);
console.log([1, 2, 3]);
console.log([1, 'two', null, undefined, true]);
console.log([[1, 2], [3, [4, [5]]]]);
console.log([{}, []]);
console.log([-0, 0, NaN]);
