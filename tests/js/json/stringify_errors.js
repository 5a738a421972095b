// Cycles are a TypeError with V8's multi-line message.
const a = { name: 'a' };
a.self = a;
try {
  JSON.stringify(a);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const arr = [1];
arr.push({ back: arr });
try {
  JSON.stringify(arr);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
// A repeated (non-cyclic) reference is fine.
const shared = { v: 1 };
console.log(JSON.stringify({ x: shared, y: shared, z: [shared, shared] }));
