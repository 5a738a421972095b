// Flags: --expose-gc
// Binary trees: short-lived trees churn the young generation while a
// long-lived tree is promoted; checks survive every collection.
function Tree(left, right) { this.left = left; this.right = right; }
function make(depth) { return depth === 0 ? new Tree(null, null) : new Tree(make(depth - 1), make(depth - 1)); }
function check(t) { return t.left === null ? 1 : 1 + check(t.left) + check(t.right); }
const longLived = make(9);
let total = 0;
for (let depth = 4; depth <= 8; depth += 2) {
  const iterations = 1 << (9 - depth);
  let checks = 0;
  for (let i = 0; i < iterations; i++) checks += check(make(depth));
  total += checks;
  console.log(`${iterations} trees of depth ${depth}: check ${checks}`);
}
gc();
console.log('long lived tree of depth 9: check', check(longLived), 'total', total);
