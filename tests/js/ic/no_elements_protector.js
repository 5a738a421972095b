// Holes and reads past the end of arrays are undefined without a prototype
// walk while no prototype has elements (the no-elements protector); once
// Object.prototype or Array.prototype gains one, or a prototype changes, the
// walk is back.
function at(a, i) { return a[i]; }
const holey = [1, , 3];
let out = [];
for (let i = 0; i < 1000; i++) { at(holey, 1); at(holey, 5); }
out.push(at(holey, 1), at(holey, 5));
Object.prototype[5] = 'op5';
out.push(at(holey, 1), at(holey, 5));
delete Object.prototype[5];
out.push(at(holey, 1), at(holey, 5));
const p = [9, 9, 9];
const arr = [];
Object.setPrototypeOf(arr, p);
out.push(at(arr, 0));
const q = { 1: 'q1' };
Object.setPrototypeOf(Array.prototype, q);
out.push(at(holey, 1));
console.log(out.join(','));
