// the comma operator evaluates left to right and yields the last value
let log = [];
const v = (log.push('a'), log.push('b'), 'last');
console.log(v, log);
for (let i = 0, j = 10; i < j; i += 4, j -= 4) console.log(i, j);
const f = (0, function () { return this; });
console.log(f() === undefined || f() === globalThis);
