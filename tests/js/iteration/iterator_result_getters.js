// done and value are read once per step, done before value
const log = [];
const it = { [Symbol.iterator]() { let i = 0; return { next() { i++; return { get done() { log.push('done' + i); return i > 2; }, get value() { log.push('value' + i); return i; } }; } }; } };
for (const x of it) log.push('body' + x);
console.log(log.join(' '));
