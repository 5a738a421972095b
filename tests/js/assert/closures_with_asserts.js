// Closure and scope behaviour checked with assertions.
const assertEquals = require('../harness/assert.js').assertEquals;
function adders() {
  const fns = [];
  for (let i = 0; i < 5; i++) fns.push(x => x + i);
  return fns;
}
assertEquals([10, 11, 12, 13, 14], adders().map(f => f(10)));
let shared = 0;
const inc = () => ++shared;
const get = () => shared;
inc(); inc();
assertEquals(2, get());
function outer() { let v = 'a'; return [() => v, n => { v = n; }]; }
const pair = outer();
pair[1]('b');
assertEquals('b', pair[0]());
console.log('ok');
