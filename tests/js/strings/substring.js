// substring swaps reversed arguments and clamps negatives to 0.
const s = 'JavaScript';
console.log(s.substring(4), s.substring(0, 4), s.substring(4, 0), s.substring(-3));
console.log(s.substring(-3, 2), s.substring(2, NaN), s.substring(3, 3) === '');
console.log(s.substring(100), JSON.stringify(s.substring(100)), s.substring(1.5, 3.5));
