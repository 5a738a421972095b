// Flags: --allow-natives-syntax
// Dictionary-mode objects (after delete, or many keyed adds) through the
// same sites as fast ones.
function getA(o) { return o.a; }
function setA(o, v) { o.a = v; }
const fast = { a: 1, b: 2 };
const slow = { a: 1, b: 2, c: 3 };
delete slow.b;
console.log(%HasFastProperties(fast), %HasFastProperties(slow));
let t = 0;
for (let i = 0; i < 2000; i++) { t += getA(fast) + getA(slow); setA(slow, i); setA(fast, i); }
console.log(t, getA(slow), getA(fast));
delete slow.a;
console.log(getA(slow));
slow.a = 'back';
console.log(getA(slow));
const many = {};
for (let i = 0; i < 40; i++) many['k' + i] = i;
console.log(%HasFastProperties(many), many.k39, getA(many));
