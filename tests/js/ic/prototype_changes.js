// Loads through prototype handlers stay correct when the prototype chain
// changes after the sites are warm (validity cells invalidate and the ICs
// re-learn).
function Base() {}
Base.prototype.kind = function () { return 'base'; };
Base.prototype.size = 1;
function Derived() { this.own = 1; }
Derived.prototype = Object.create(Base.prototype);
Derived.prototype.constructor = Derived;

function kindOf(o) { return o.kind(); }
function sizeOf(o) { return o.size; }
function missing(o) { return o.nothing; }

const d = new Derived();
let out = [];
for (let i = 0; i < 2000; i++) { kindOf(d); sizeOf(d); missing(d); }
out.push(kindOf(d), sizeOf(d), missing(d));

// Replace the method on the base prototype.
Base.prototype.kind = function () { return 'base2'; };
out.push(kindOf(d));
// Shadow it on the intermediate prototype.
Derived.prototype.kind = function () { return 'derived'; };
out.push(kindOf(d));
// A value store on a prototype.
Base.prototype.size = 2;
out.push(sizeOf(d));
// The absent property appears up the chain, then on Object.prototype.
Base.prototype.nothing = 'now here';
out.push(missing(d));
delete Base.prototype.nothing;
out.push(missing(d));
Object.prototype.nothing = 'on Object.prototype';
out.push(missing(d));
delete Object.prototype.nothing;
out.push(missing(d));
// A getter replaces a data property up the chain.
Object.defineProperty(Base.prototype, 'size', { get() { return 'getter'; }, configurable: true });
out.push(sizeOf(d));
// The prototype itself changes.
Object.setPrototypeOf(Derived.prototype, { kind() { return 'other'; }, size: 3 });
delete Derived.prototype.kind;
out.push(kindOf(d), sizeOf(d));
for (let i = 0; i < 100; i++) { kindOf(d); sizeOf(d); missing(d); }
out.push(kindOf(d), sizeOf(d), missing(d));
console.log(out.join(' '));
