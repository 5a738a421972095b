// fields use define semantics: base-class setters are not called
class Base { set x(v) { console.log('setter called', v); } }
class D extends Base { x = 1; }
const d = new D();
console.log(Object.getOwnPropertyDescriptor(d, 'x'));
