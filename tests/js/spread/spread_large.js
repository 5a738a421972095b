// spreading a large array into a call and an array literal
const big = Array.from({length: 50000}, (_, i) => i);
console.log(Math.max(...big), [...big, ...big].length);
function count(...xs) { return xs.length; }
console.log(count(...big));
