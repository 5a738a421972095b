// Beyond depth 2, nested objects print as [Object] and arrays as [Array].
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log([[[[1]]]]);
console.log([[[{ deep: true }]]]);
console.log({ l1: { l2: { l3: {} } } });
console.log({ l1: { l2: { l3: [] } } });
