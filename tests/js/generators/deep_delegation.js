// Recursive yield* (a tree walk) nests one generator frame per level; each
// resume re-enters every level, and the values still arrive in order.
function* walk(node) {
  if (node === null) return 0;
  const left = yield* walk(node.left);
  yield node.value;
  const right = yield* walk(node.right);
  return left + right + 1;
}
function build(lo, hi) {
  if (lo > hi) return null;
  const mid = (lo + hi) >> 1;
  return { value: mid, left: build(lo, mid - 1), right: build(mid + 1, hi) };
}
const values = [];
const it = walk(build(1, 200));
let r;
while (!(r = it.next()).done) values.push(r.value);
console.log(values.length, values[0], values[199], r.value);
let ok = true;
for (let i = 0; i < values.length; i++) if (values[i] !== i + 1) ok = false;
console.log(ok);
function* chain(n) {
  if (n === 0) { yield 'bottom'; return 'up'; }
  const r = yield* chain(n - 1);
  return r + (n % 20 === 0 ? '!' : '');
}
const c = chain(60);
console.log(c.next(), c.next());
