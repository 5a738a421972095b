// Array literals: mixed values, nesting, trailing commas, holes.
const a = [1, 'two', null, undefined, true, [3, [4]], { five: 5 }];
console.log(a, a.length);
console.log([], [,], [, ,], [1, , 3], [1, 2, ], [, 1]);
console.log([].length, [,].length, [, ,].length, [1, 2, ].length);
console.log([[]], [[], []], [[[1]]]);
