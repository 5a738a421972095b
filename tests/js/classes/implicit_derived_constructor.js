// an implicit derived constructor forwards all arguments
class A { constructor(...args) { this.args = args; } }
class B extends A {}
console.log(new B(1, 2, 3).args, new B().args);
class C extends B { extra = 'field'; }
console.log(new C('x'));
