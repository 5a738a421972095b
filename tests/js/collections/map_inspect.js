// console.log of maps exactly as node prints them: sizes, `=>`, nesting,
// depth limits, extra properties, circular references, long maps broken
// over lines, more than 100 entries.
console.log(new Map([['a', 1], ['b', 2]]));
console.log(new Map());
console.log(new Map([[{ a: 1 }, [1, 2]], [new Map([[1, new Set([2])]]), 'x']]));
console.log({ m: new Map([[1, { deep: { deeper: { deepest: 1 } } }]]) });
console.log(new Map([[new Map([[new Map([[1, { a: { b: {} } }]]), 1]]), 2]]));
const withProp = new Map([[1, 2]]);
withProp.extra = 'p';
console.log(withProp);
const circ = new Map();
circ.set('self', circ);
console.log(circ);
const big = new Map();
for (let i = 0; i < 12; i++) big.set('key' + i, 'value' + i);
console.log(big);
const huge = new Map();
for (let i = 0; i < 103; i++) huge.set(i, i);
console.log(huge);
console.log([new Map([[null, undefined]]), new Map([[Symbol('s'), -0]])]);
console.log(new Map([['a'.repeat(30), 'b'.repeat(30)], ['c'.repeat(30), 'd']]));
console.log(Object.create(Map.prototype), Map.prototype);
console.log(String(new Map([[1, 2]]).size));
