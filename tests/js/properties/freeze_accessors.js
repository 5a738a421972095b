// freezing keeps accessors working; setters can still run
let store = 1;
const o = Object.freeze({ get v() { return store; }, set v(x) { store = x; } });
o.v = 5;
console.log(o.v, Object.isFrozen(o), Object.getOwnPropertyDescriptor(o, 'v').configurable);
