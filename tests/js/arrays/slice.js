// slice copies a range; negative indices count from the end.
const a = ['a', 'b', 'c', 'd', 'e'];
console.log(a.slice(), a.slice(2), a.slice(1, 3), a.slice(-2), a.slice(-3, -1));
console.log(a.slice(3, 1), a.slice(10), a.slice(-10, 1), a.slice(1.5, 3.5), a.slice('1', '2'));
const copy = a.slice();
copy[0] = 'changed';
console.log(a[0], copy[0], copy === a);
console.log([1, , 3].slice(0, 2));
console.log(Array.prototype.slice.call({ length: 2, 0: 'x', 1: 'y' }));
console.log(Array.prototype.slice.call('str'));
