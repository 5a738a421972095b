// A derived class without a constructor forwards all arguments to super.
class Base { constructor(...args) { this.args = args; } }
class Derived extends Base {}
console.log(new Derived(1, 2, 3).args, new Derived().args);
class Empty {}
console.log(new Empty(), Object.keys(new Empty()));
