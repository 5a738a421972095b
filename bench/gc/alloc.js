// (bench/gc/run prepends `const ARGS = [...]`, the arguments.)
// Allocation rate of short-lived objects: each object survives 1024
// iterations in a ring (so no engine can optimize the allocation away)
// and then dies young. Argument: millions of objects (default 20).
const n = (Number(ARGS[0]) || 20) * 1e6;
const ring = new Array(1024).fill(null);
let sum = 0;
for (let i = 0; i < n; i++) {
  const o = { a: i, b: i + 1, c: null };
  ring[i & 1023] = o;
  sum += o.b - o.a;
}
console.log(sum);
