// Default parameters: evaluated at call time, left to right, only for undefined.
function f(a, b = 2, c = a + b) { return [a, b, c]; }
console.log(f(1), f(1, 5), f(1, undefined, 0), f(1, null));
let calls = 0;
function g(x = ++calls) { return x; }
console.log(g(), g(), g(10), calls);
function h(a = b, b = 1) { return a; }
try {
  h();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(h(5));
function defaultsSeeOuter(x = outer) { return x; }
const outer = 'outer value';
console.log(defaultsSeeOuter());
function len(a, b = 1, c) {}
console.log(len.length);
const arrow = (x, y = x * 2) => x + y;
console.log(arrow(3));
