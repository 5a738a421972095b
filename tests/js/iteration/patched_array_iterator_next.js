// Guards that replacing %ArrayIteratorPrototype%.next is honoured by spread
// and for-of, while a loop already running keeps the next it read at its
// start (the iterator record's [[NextMethod]]).
const a = [1, 2, 3, 4];
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
const orig = AIP.next;
const out = [];
for (const x of a) {
  out.push(x);
  if (x === 2) AIP.next = function () { const r = orig.call(this); if (!r.done) r.value = -r.value; return r; };
}
console.log(out);
console.log([...a]);
const out2 = [];
for (const x of a) out2.push(x);
console.log(out2, Math.min(...a));
AIP.next = orig;
console.log([...a]);
