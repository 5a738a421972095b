// Flags: --allow-natives-syntax
// Field representations as V8 tracks them (DESIGN.md "Shapes"): only a
// change into double makes a new shape; every other generalization is made
// in place, so these keep sharing a shape exactly as node reports.
function P(x, y) { this.x = x; this.y = y; }
const a = new P(1, 2), b = new P(3, 4);
b.x = undefined;                      // smi -> tagged: in place
console.log('undefined keeps shape:', %HaveSameMap(a, b));
const c = new P(1, 2);
c.x = 'str';                          // smi -> tagged: in place
console.log('string keeps shape:', %HaveSameMap(a, c));

function Q(v) { this.v = v; }
const q1 = new Q(1);
const q2 = new Q(1.5);                // smi -> double: a new shape
console.log('double changes shape:', %HaveSameMap(q1, q2));
const q3 = new Q(2);
console.log('later Q(2) shares Q(1.5)\'s shape:', %HaveSameMap(q2, q3));
q1.v;                                  // touching q1 migrates it
console.log('old instance migrated on touch:', %HaveSameMap(q1.v === 1 ? q1 : q1, q3));

function R(o) { this.o = o; }
const r1 = new R({}), r2 = new R(null);   // heap object -> tagged: in place
console.log('null keeps shape:', %HaveSameMap(r1, r2));
let sum = 0;
for (let i = 0; i < 1000; i++) { const q = new Q(i % 2 ? i : i + 0.25); sum += q.v; }
console.log(sum);
