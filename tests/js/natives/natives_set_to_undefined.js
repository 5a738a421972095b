// Flags: --allow-natives-syntax
// Setting a property to undefined keeps the shape; deleting it does not.
function make() { return { x: 1, y: 2 }; }
const a = make();
const b = make();
const c = make();
b.x = undefined;
delete c.x;
console.log(%HaveSameMap(a, b), %HasFastProperties(b));
console.log(%HaveSameMap(a, c), %HasFastProperties(c));
console.log(b, c);
