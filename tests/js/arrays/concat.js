// concat flattens array arguments one level and leaves the receiver unchanged.
const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6]]), a);
console.log(a.concat(), a.concat() === a);
console.log([].concat('x', null, undefined, { k: 1 }));
console.log([1, , 3].concat([4, , 6]));
console.log(a.concat('str'), a.concat([]).length);
