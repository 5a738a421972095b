// Plain objects: `{ key: value }`, keys quoted only when they are not identifiers.
console.log({});
console.log({ a: 1 });
console.log({ a: 1, b: 'two', c: null, d: undefined });
console.log({ 'needs quotes': 1, 'dash-key': 2, valid_id: 3, $dollar: 4, 1: 'numeric', '01': 'not canonical' });
console.log({ nested: { deeper: { value: 1 } } });
console.log({ arr: [1, 2], obj: {} });
console.log({ [Symbol('s')]: 'symbol key', plain: 1 });
