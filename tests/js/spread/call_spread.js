// spread arguments in calls mix with plain arguments in order
function f(...args) { return args; }
console.log(f(...[1, 2], 3, ...[], ...[4]));
console.log(Math.max(...[3, 9, 1]), Math.min(...'523'));
console.log(String.fromCharCode(...[76, 117, 99, 105, 100]));
