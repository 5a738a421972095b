// Objects longer than the 72-column budget break onto several lines with
// two-space indentation.
console.log({ alpha: 'first value', beta: 'second value', gamma: 'third value', delta: 4 });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13 });
console.log({ list: ['one', 'two', 'three', 'four', 'five'], inner: { x: 'some text here', y: 'more text' } });
console.log({ short: 1, nested: { key1: 'value number one', key2: 'value number two', key3: 3 } });
const wide = {};
for (let i = 0; i < 30; i++) wide['key' + i] = i;
console.log(wide);
