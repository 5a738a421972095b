// Guards the protector-guarded iteration fast path over arrays: for-of and
// spread ([...a], f(...a), new C(...a)) over packed and holey arrays, holes
// read as undefined, arrays mutated during iteration (length re-read each
// step), breaking out of the loop, and non-values iterators.
function show(label, v) { console.log(label, JSON.stringify(v, (k, x) => x === undefined ? "u" : x)); }
const holey = [1, , 3, , 5];
show("spread holey", [...holey]);
show("call holey", ((...r) => r)(...holey));
class C { constructor(...r) { this.r = r; } }
show("new holey", new C(...holey).r);
const seen = [];
for (const x of holey) seen.push(x);
show("for-of holey", seen);
const grow = [1, 2, 3];
const out = [];
for (const x of grow) { out.push(x); if (grow.length < 6) grow.push(x * 10); }
show("grown", out);
const shrink = [1, 2, 3, 4, 5, 6];
const out2 = [];
for (const x of shrink) { out2.push(x); shrink.length = 3; }
show("shrunk", out2);
const holeAfter = [1, 2, 3, 4];
const out3 = [];
for (const x of holeAfter) { out3.push(x); delete holeAfter[2]; }
show("deleted", out3);
const mixed = [1, "a", { b: 2 }, 1.5, null];
show("mixed", [...mixed]);
let n = 0;
for (const x of [10, 20, 30, 40]) { if (x === 30) break; n += x; }
console.log("break", n);
const keys = [];
for (const k of ["a", "b"].keys()) keys.push(k);
for (const [i, v] of ["a", "b"].entries()) keys.push(i + v);
show("keys entries", keys);
const it = [7, 8, 9][Symbol.iterator]();
it.next();
show("partly used", [...it]);
show("exhausted", [...it]);
const arrLike = { length: 2, 0: "x", 1: "y" };
show("array-like values", [...Array.prototype.values.call(arrLike)]);
const big = [];
for (let i = 0; i < 1000; i++) big.push(i);
let sum = 0;
for (const x of big) sum += x;
console.log("sum", sum, Math.max(...big));
// An element on Object.prototype shows through a hole afterwards.
Object.prototype[1] = "proto";
show("proto element spread", [...holey]);
const seen2 = [];
for (const x of holey) seen2.push(x);
show("proto element for-of", seen2);
delete Object.prototype[1];
