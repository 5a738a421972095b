// instanceof walks the prototype chain of the left side.
function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, b instanceof Array);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array);
console.log(1 instanceof Number, 'x' instanceof String, null instanceof Object);
class C {}
class D extends C {}
console.log(new D() instanceof C, new C() instanceof D);
const bare = Object.create(null);
console.log(bare instanceof Object);
function F() {}
F.prototype = 5;
try {
  ({}) instanceof F;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  ({}) instanceof {};
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const bound = A.bind(null);
console.log(new A() instanceof bound);
