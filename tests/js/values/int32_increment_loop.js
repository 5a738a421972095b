// A counting loop whose counter crosses the int32 range mid-loop.
let i = 2147483640;
let steps = 0;
while (i < 2147483650) {
  i++;
  steps++;
}
console.log(i, steps);
let j = -2147483640;
while (j > -2147483650) j -= 3;
console.log(j);
// Accumulating doubles and ints.
let s = 0;
for (let k = 0; k < 100; k++) s += k % 2 === 0 ? 0.5 : 1;
console.log(s);
