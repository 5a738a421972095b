// Direct and mutual recursion.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(0), fib(1), fib(10), fib(20));
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(5), fact(20), fact(25));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(10), isOdd(7), isEven(7));
const named = function me(n) { return n ? n + me(n - 1) : 0; };
console.log(named(100));
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3));
