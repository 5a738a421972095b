// new.target in constructors, functions, arrows and derived classes
function F() { return new.target === F ? 'new' : new.target === undefined ? 'call' : 'other'; }
console.log(new F() instanceof F, F());
class A { constructor() { this.nt = new.target.name; } }
class B extends A {}
console.log(new A().nt, new B().nt);
function G() { const arrow = () => new.target; return arrow(); }
console.log(new G() === undefined, typeof G());
class Abstract { constructor() { if (new.target === Abstract) throw new TypeError('abstract'); } }
class Concrete extends Abstract {}
try { new Abstract(); } catch (e) { console.log(e.message); }
console.log(new Concrete() instanceof Abstract);
