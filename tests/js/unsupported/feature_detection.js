// typeof-based feature detection sees the stand-ins as functions; calling them fails
// with a TypeError that a program can catch and fall back from.
function makeBuffer(n) {
  try { return new Uint8Array(n); } catch (e) { return new Array(n).fill(0); }
}
console.log(makeBuffer(3), typeof Proxy, typeof Reflect, typeof BigInt);
