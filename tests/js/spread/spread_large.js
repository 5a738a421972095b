// spreading a large array into a call and an array literal
const big = [];
for (let i = 0; i < 3000; i++) big.push(i);
console.log(Math.max(...big), [...big, ...big].length);
function count(...xs) { return xs.length; }
console.log(count(...big));
