// Shapes (hidden classes) being shared and split — run with --allow-natives-syntax.
function makePoint(x, y) { return { x, y }; }

const a = makePoint(1, 2);
const b = makePoint(3, 4);
console.log('two points built the same way share a shape:', %HaveSameMap(a, b));

const c = { y: 4, x: 3 };
console.log('same properties, other order -> other shape:', %HaveSameMap(a, c));

b.z = 5;
console.log('adding z after construction splits b off:', %HaveSameMap(a, b));

const d = makePoint(1, 2);
d.x = undefined;
console.log('x = undefined keeps the shape:', %HaveSameMap(a, d), 'fast:', %HasFastProperties(d));

delete d.x;
console.log('delete of a non-last property -> dictionary mode, fast:', %HasFastProperties(d));
