// Flags: --allow-natives-syntax
// Object.create(p) with the same prototype gives objects that share a shape
// (the prototype caches the initial shape); different prototypes do not.
const proto = { kind: 'proto' };
const a = Object.create(proto);
const b = Object.create(proto);
const c = Object.create({ kind: 'other' });
console.log(%HaveSameMap(a, b), %HaveSameMap(a, c));
a.x = 1;
b.x = 2;
console.log(%HaveSameMap(a, b), a.kind, b.x);
const n1 = Object.create(null);
const n2 = Object.create(null);
console.log(%HaveSameMap(n1, n2), Object.getPrototypeOf(n1));
