// Class bodies are strict code.
class C {
  plainThis() { return (function () { return this; })(); }
  assignUndeclared() {
    try { undeclaredInClass = 1; } catch (e) { return e.name + ': ' + e.message; }
    return 'assigned';
  }
}
const c = new C();
console.log(c.plainThis(), c.assignUndeclared());
const m = c.plainThis;
console.log(m());
