// An array that changes element kinds (ints, doubles, objects, holes) keeps
// every value.
const a = [1, 2, 3];
a.push(4.5);
a.push('str');
a.push({ k: 1 });
a[10] = 'far';
console.log(a, a.length);
const d = [1.5, 2.5];
d[0] = 1;
d.push(undefined);
console.log(d);
const ints = [];
for (let i = 0; i < 10; i++) ints.push(i);
ints[3] = -0;
ints[4] = NaN;
console.log(ints.join(' '), 1 / ints[3], ints.length);
