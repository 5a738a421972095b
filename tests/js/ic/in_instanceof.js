// `in` and instanceof feedback stay correct as shapes and prototypes change.
function has(o) { return 'x' in o; }
function isA(o, C) { return o instanceof C; }
class A {}
class B extends A {}
const a = new A(), b = new B();
let n = 0;
for (let i = 0; i < 2000; i++) { n += has({ x: 1 }) + has({}) + isA(b, A) + isA(a, B); }
console.log(n);
A.prototype.x = 1;
console.log(has(a), has(b), has({}));
delete A.prototype.x;
console.log(has(a), has(b));
Object.setPrototypeOf(B.prototype, Object.prototype);
console.log(isA(b, A), isA(b, B));
Object.defineProperty(A, Symbol.hasInstance, { value: () => true });
console.log(isA({}, A));
