// Replacer functions and key arrays.
const data = { a: 1, b: 'keep', c: { a: 2, d: 4 }, list: [1, 2] };
console.log(JSON.stringify(data, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify(data, (k, v) => (k === 'b' ? undefined : v)));
console.log(JSON.stringify(data, ['a', 'c']));
const keys = [];
JSON.stringify(data, function (k, v) { keys.push(k === '' ? '(root)' : k); return v; });
console.log(keys.join(' '));
