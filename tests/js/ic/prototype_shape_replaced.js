// Regression: a prototype whose own shape is replaced (made dictionary by a
// delete, made fast again by use) must still be reached when a prototype
// above it changes: validity-cell users are objects, not shapes.
function A() {}
A.prototype.m = function () { return 'a'; };
function B() {}
B.prototype = Object.create(A.prototype);
B.prototype.own = 1;
const b = new B();
function call(o) { return o.m(); }
const out = [];
for (let i = 0; i < 2000; i++) call(b);
out.push(call(b));
B.prototype.tmp = 1;
delete B.prototype.own;          // not the last-added: B.prototype changes shape
for (let i = 0; i < 10; i++) call(b);
out.push(call(b));
A.prototype.m = function () { return 'a2'; };
out.push(call(b));
Object.prototype.m = function () { return 'object'; };
delete A.prototype.m;
out.push(call(b));
const c = Object.create(b);
for (let i = 0; i < 10; i++) call(c);
Object.setPrototypeOf(B.prototype, { m() { return 'new parent'; } });
out.push(call(b), call(c));
console.log(out.join(' '));
delete Object.prototype.m;
