// Very sparse arrays (far indices) keep working.
const a = [];
a[0] = 'first';
a[1000000] = 'far';
console.log(a.length, a[1000000], a[500], Object.keys(a));
a.length = 1;
console.log(a.length, a[1000000], Object.keys(a));
const b = [1, 2, 3];
b[100] = 4;
console.log(b.indexOf(4), b.filter(() => true));
