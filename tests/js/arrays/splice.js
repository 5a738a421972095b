// splice removes and inserts in place and returns the removed elements.
let a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2), a);
console.log(a.splice(1, 0, 'x', 'y'), a);
console.log(a.splice(-1), a);
console.log(a.splice(0, 1, 'first'), a);
console.log(a.splice(), a);
console.log(a.splice(1), a);
a = [1, 2, 3];
console.log(a.splice(1, 100), a);
a = [1, 2, 3];
console.log(a.splice(-10, 1), a);
a = [1, 2, 3];
console.log(a.splice(1, -5, 'z'), a);
a = [1, 2, 3];
console.log(a.splice(undefined, 1), a, [1, 2, 3].splice(1, undefined));
