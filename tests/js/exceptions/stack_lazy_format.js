// The stack string is formatted lazily, on first access: its first line uses
// the name and message at that moment, and later changes do not affect it.
const a = new Error('original');
a.message = 'changed before first access';
console.log(a.stack.split('\n')[0]);
const b = new Error('read first');
const first = b.stack.split('\n')[0];
b.message = 'changed after access';
console.log(first, '|', b.stack.split('\n')[0]);
const c = new TypeError('typed');
c.name = 'Renamed';
console.log(c.stack.split('\n')[0], '|', String(c));
// stack is an own property that can be overwritten.
const d = new Error('d');
d.stack = 'custom stack';
console.log(d.stack);
