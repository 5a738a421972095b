// void evaluates its operand and returns undefined; the comma operator
// evaluates left to right and yields the last value.
let n = 0;
console.log(void 0, void 'x', void n++, n);
const r = (n++, n++, n);
console.log(r, n);
let i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3);
console.log(i, j);
console.log((1, 2, 3), [(1, 2)].length);
