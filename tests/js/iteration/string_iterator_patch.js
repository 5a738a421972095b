// Patching %StringIteratorPrototype%.next changes string iteration only,
// patching %ArrayIteratorPrototype%.next changes array iteration only, and
// the for-of / spread / destructuring fast paths see each patch (the
// iterator record's next is read once per loop, so a patch inside a loop
// takes effect at the next loop).
const SIP = Object.getPrototypeOf(''[Symbol.iterator]());
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
const stringNext = SIP.next;
const arrayNext = AIP.next;
function run(label) {
  const out = [];
  for (const c of 'ab') out.push(c);
  for (const v of [1, 2]) out.push(v);
  const [x, y] = 'xy';
  console.log(label, out.join(','), [...'cd'].join(','), [...[3, 4]].join(','), x, y);
}
run('intact');
let calls = 0;
SIP.next = function () {
  calls++;
  const r = stringNext.call(this);
  if (!r.done) r.value = r.value.toUpperCase();
  return r;
};
run('string next patched');
console.log('calls', calls);
SIP.next = stringNext;
run('string next restored');
AIP.next = function () {
  const r = arrayNext.call(this);
  if (!r.done) r.value = r.value * 10;
  return r;
};
run('array next patched');
AIP.next = arrayNext;
run('both restored');
// A patch made while a loop runs does not change that loop.
const seen = [];
for (const c of 'pqr') {
  if (c === 'p') SIP.next = function () { return {done: true, value: undefined}; };
  seen.push(c);
}
console.log('loop kept its next', seen.join(','), [...'zz'].length);
SIP.next = stringNext;
console.log('again', [...'zz'].length);
