// slice with positive, negative, missing and out-of-range arguments.
const s = 'JavaScript';
console.log(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -3));
console.log(JSON.stringify(s.slice(5, 2)), s.slice(0, 100), s.slice(-100, 2));
console.log(s.slice(), s.slice(NaN), s.slice(2.7, 4.2), s.slice('1', '3'));
console.log(JSON.stringify(''.slice(1)));
