// Modes: default no-jit jit-eager ic-eager
// Reason: 1e5-deep recursion through Array.prototype.join; too slow with a GC at every allocation.
// String() of 100,000 nested arrays recurses through join; it must end in a RangeError.
let a = [];
for (let i = 0; i < 100000; i++) a = [a];
try {
  String(a);
  console.log('no error');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
let o = {};
for (let i = 0; i < 100000; i++) o = { o };
try {
  JSON.stringify(o);
  console.log('no error');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('still running');
