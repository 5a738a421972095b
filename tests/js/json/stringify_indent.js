// The space argument: numbers (clamped to 10), strings (first 10 chars).
const data = { a: 1, b: [1, 2, { c: 3 }], d: {}, e: [] };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, '--'));
console.log(JSON.stringify([1, [2]], null, 20) === JSON.stringify([1, [2]], null, 10));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''));
console.log(JSON.stringify([1], null, 'abcdefghijklmnop'));
