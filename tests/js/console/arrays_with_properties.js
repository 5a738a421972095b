// Named properties on arrays are printed after the elements.
const a = [1, 2];
a.label = 'named';
console.log(a);
const e = [];
e.x = 1;
console.log(e);
