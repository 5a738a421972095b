// new.target is the constructor invoked with new, undefined for plain calls.
function F() { return new.target === F ? 'new' : String(new.target); }
console.log(new F() instanceof F, F());
function G() {
  if (!new.target) return 'called';
  this.kind = 'constructed';
}
console.log(G(), new G().kind);
class Base { constructor() { this.target = new.target.name; } }
class Derived extends Base {}
console.log(new Base().target, new Derived().target);
function H() { const arrow = () => new.target; return arrow(); }
console.log(H() === undefined, new H() === H);
