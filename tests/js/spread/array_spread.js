// array literal spread copies iterables and turns holes into undefined
const holey = [1, , 3];
const copy = [...holey];
console.log(copy, 1 in copy, copy.length);
console.log([0, ...'hi', ...new Set([5]), ...[[6]]]);
const a = [1, 2];
const b = [...a];
b.push(3);
console.log(a, b);
console.log([...[], ...[]].length);
