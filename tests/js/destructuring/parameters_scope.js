// later parameter defaults see earlier destructured bindings
function f({x}, y = x * 2, {z = y + 1} = {}) { return [x, y, z]; }
console.log(f({x: 5}));
function g([a, b] = [1, 2], c = a + b) { return c; }
console.log(g(), g([10, 20]));
