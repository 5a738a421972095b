// Keyed element loads and stores in compiled code: in-bounds accesses of
// fast elements take the inline path; holes, out-of-bounds indices, negative
// and non-int32 keys, kind changes, growth, strings and array-likes take the
// helper. Every result is what the interpreter (and node) gives.
function get(a, i) { return a[i]; }
function set(a, i, v) { a[i] = v; return a; }
const ints = [1, 2, 3, 4];
const objs = [{ k: 1 }, { k: 2 }];
const holey = [1, , 3];
const doubles = [1.5, 2.5];
const out = [];
for (let round = 0; round < 3; round++) {
  out.push(get(ints, 0), get(ints, 3), get(ints, 4), get(ints, -1), get(ints, 1.5), get(ints, '2'));
  out.push(get(objs, 1).k, get(holey, 1), get(holey, 2), get(doubles, 1), get('abc', 1), get({ 0: 'zero' }, 0));
}
console.log(out.join(' '));
set(ints, 1, 20);               // int32 into SMI elements: inline
set(ints, 2, 2.5);              // a double: SMI -> DOUBLE kind change (helper)
set(ints, 4, 5);                // growth (helper)
set(objs, 0, 'str');            // an object kind takes anything
set(holey, 1, 'filled');        // over a hole (helper)
set(doubles, 0, 7);             // int32 into DOUBLE elements
console.log(ints, objs, holey, doubles);
const big = [];
for (let i = 0; i < 5000; i++) set(big, i, i * 2);
let s = 0;
for (let i = 0; i < 5000; i++) s += get(big, i);
console.log(big.length, s);
// Objects stored into an old array move young ones through the barrier.
const keep = new Array(100).fill(null);
for (let i = 0; i < 20000; i++) set(keep, i % 100, { i });
let t = 0;
for (let i = 0; i < 100; i++) t += get(keep, i).i;
console.log(t);
