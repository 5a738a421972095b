// length follows the highest index; setting it truncates or extends with holes.
const a = [1, 2, 3];
a[5] = 6;
console.log(a.length, a);
a.length = 2;
console.log(a, a[2]);
a.length = 4;
console.log(a, 3 in a);
a.length = 0;
console.log(a, a[0]);
const b = [];
b['2'] = 'string index';
b['x'] = 'not an index';
b[-1] = 'negative';
b[1.5] = 'fraction';
console.log(b.length, Object.keys(b));
const errors = [() => { b.length = -1; }, () => { b.length = 1.5; }, () => { b.length = 'abc'; }];
for (let i = 0; i < errors.length; i++) {
  try {
    errors[i]();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
b.length = '3';
console.log(b.length);
const big = [];
big[4294967294] = 'last index';
console.log(big.length);
big[4294967295] = 'a property';
console.log(big.length);
