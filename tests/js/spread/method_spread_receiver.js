// spread calls keep the receiver of method calls, optional calls and super calls
const o = { v: 10, m(...xs) { return this.v + xs.length; } };
console.log(o.m(...[1, 2, 3]), o?.m(...[1]), o.missing?.(...[1]));
class A { sum(...xs) { return xs.reduce((p, c) => p + c, 0); } }
class B extends A { sum(...xs) { return super.sum(...xs, 100); } }
console.log(new B().sum(...[1, 2]));
