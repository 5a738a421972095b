// Flags: --allow-natives-syntax
// needs: core engine (shapes) + --allow-natives-syntax. Run: lucid --allow-natives-syntax hidden_classes.js
// Seed: "Consistent shape -> shared hidden class -> IC hit; shape mutation -> hidden class split -> IC miss".
function makePoint(x, y) {
  return { x, y }; // always same shape
}
const a = makePoint(1, 2);
const p = makePoint(1, 2);
console.log('same shape:', %HaveSameMap(a, p));
p.z = 3; // new hidden class for p only
console.log('after p.z = 3:', %HaveSameMap(a, p), 'fast:', %HasFastProperties(p));
delete p.x; // another class transition — now fully deopt'd
console.log('after delete p.x: fast:', %HasFastProperties(p));
const q = makePoint(1, 2);
q.x = undefined; // "Set to undefined instead — you preserve the shape"
console.log('q.x = undefined: same shape:', %HaveSameMap(a, q), 'fast:', %HasFastProperties(q));
