// the array fast path stays correct when iteration is patched after warm-up
function sum(a) { let s = 0; for (const x of a) s += x; return s; }
const arr = [1, 2, 3];
for (let i = 0; i < 1000; i++) sum(arr);
console.log(sum(arr), [...arr].length);
const proto = Object.getPrototypeOf(arr[Symbol.iterator]());
const saved = proto.next;
let calls = 0;
proto.next = function () { calls++; return saved.call(this); };
console.log(sum(arr), [...arr].length, calls > 0);
proto.next = saved;
const savedIterator = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield 100; };
const patched = [sum(arr), [...arr]];
Array.prototype[Symbol.iterator] = savedIterator;
console.log(patched);
