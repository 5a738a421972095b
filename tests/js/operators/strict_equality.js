// === and !== never coerce.
console.log(1 === 1, 1 === 1.0, 1 === '1', 0 === -0, NaN === NaN);
console.log('ab' === 'a' + 'b', 'ab' !== 'ab');
const o = {};
const p = o;
console.log(o === p, o === {}, [] === []);
console.log(null === null, undefined === undefined, null === undefined);
console.log(true === !!1, Symbol() === Symbol());
const big = 2 ** 31;
console.log(big === 2147483648, (big | 0) === -2147483648);
