// Guards console.table on Maps, Sets and their iterators ((iteration
// index), Key and Values columns), an empty Map, mixed key columns, nested
// values at depth 0, and arrays in cells cut at three items.
console.table(new Map([['a', { x: 1 }], [{ k: 1 }, 'two'], [3, [1, 2, 3, 4]]]));
console.table(new Set(['x', { y: 2 }, 3]));
console.table(new Map([[1, 2]]).entries());
console.table(new Map([[1, 2]]).keys());
console.table(new Set([5]).values());
console.table(new Map());
console.table([{ 'a b': 'x', 1: 'y' }, { 1: 'z' }]);
console.table([[{ deep: { a: 1 } }]]);
console.table({ a: [1, 2, 3, 4, 5], b: 'str' });
