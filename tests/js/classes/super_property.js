// super.x reads from the home object's prototype with this as receiver;
// object literal methods can use super too.
class A {
  get who() { return 'A sees ' + this.tag; }
  static make() { return 'A.make'; }
  hello() { return 'hello from A'; }
}
class B extends A {
  constructor() { super(); this.tag = 'b-instance'; }
  get who() { return 'B then ' + super.who; }
  static make() { return 'B.make -> ' + super.make(); }
  hello() { const arrow = () => super.hello(); return arrow() + ' via arrow'; }
}
const b = new B();
console.log(b.who, B.make(), b.hello());
const proto = { greet() { return 'proto greet'; } };
const obj = { __proto__: proto, greet() { return 'obj -> ' + super.greet(); } };
console.log(obj.greet());
