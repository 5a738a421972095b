// spreading strings, Sets, Maps, generators and arguments into calls
function f(...a) { return a; }
function* g() { yield 'g1'; yield 'g2'; }
function args() { return f(...arguments); }
console.log(f(...'ab'), f(...new Set([1, 1, 2])), f(...new Map([[1, 2]])), f(...g()), args(7, 8));
