// Doubles that happen to be integral behave as integers, large integers lose
// precision past 2**53, and int32 results of double arithmetic are canonical.
const big = 2 ** 53;
console.log(big, big + 1, big + 2, big - 1);
console.log(big + 1 === big);
console.log(0.5 + 0.5, (0.5 + 0.5) === 1);
console.log(1.5 * 2, (1.5 * 2) | 0);
console.log(9007199254740991 + 2);
console.log(123456789 * 1000, 123456789 * 1000 * 1000);
console.log(0.1 + 0.7, 1.1 * 3, 4.35 * 100);
console.log(1e16 + 1, 1e15 + 1);
