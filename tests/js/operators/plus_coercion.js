// Binary + : string concatenation wins when either primitive is a string.
console.log(1 + '2', '1' + 2, 1 + 2 + '3', '1' + 2 + 3);
console.log(1 + true, 'a' + null, 'a' + undefined, null + undefined);
console.log([] + [], [] + {}, [1, 2] + [3], ({}) + 'x');
console.log(1 + [2], 1 + {}, true + [], 1 + null);
console.log('' + -0, '' + 1e21, '' + 0.1);
const d = { valueOf() { return 10; }, toString() { return 'ten'; } };
console.log(d + 1, d + '', `${d}`, String(d));
