// Flags: --allow-natives-syntax
// The seed's hidden_classes.js (../shared/seed/samples): objects built the
// same way share a shape; adding a property splits it; deleting one that is
// not the last sends the object to dictionary mode; assigning undefined
// keeps the shape (an in-place generalization).
function makePoint(x, y) {
  return { x, y };
}
const a = makePoint(1, 2);
const p = makePoint(1, 2);
console.log('same shape:', %HaveSameMap(a, p));
p.z = 3;
console.log('after p.z = 3:', %HaveSameMap(a, p), 'fast:', %HasFastProperties(p));
delete p.x;
console.log('after delete p.x: fast:', %HasFastProperties(p));
const q = makePoint(1, 2);
q.x = undefined;
console.log('q.x = undefined: same shape:', %HaveSameMap(a, q), 'fast:', %HasFastProperties(q));
