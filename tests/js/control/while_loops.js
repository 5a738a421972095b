// while and do-while, including a do-while whose body runs once.
let i = 0;
while (i < 5) i++;
console.log(i);
let n = 10;
do {
  n--;
} while (n > 100);
console.log(n);
let collatz = 27, steps = 0;
while (collatz !== 1) {
  collatz = collatz % 2 ? 3 * collatz + 1 : collatz / 2;
  steps++;
}
console.log(steps);
let k = 0;
do k += 2; while (k < 7);
console.log(k);
