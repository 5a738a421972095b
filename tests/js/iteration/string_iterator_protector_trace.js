// Flags: --trace-protector-invalidation
// Each iterator prototype guards its own protector (V8): patching
// %ArrayIteratorPrototype%.next invalidates ArrayIteratorLookupChain only,
// patching %StringIteratorPrototype%.next invalidates
// StringIteratorLookupChain only (the .out is node's output with the same
// flag). Other properties of the iterator prototypes invalidate nothing.
// (V8 also invalidates on storing the same builtin back into `next`;
// Lucid re-checks the value, so this test does not do that.)
const SIP = Object.getPrototypeOf(''[Symbol.iterator]());
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
const stringNext = SIP.next;
const arrayNext = AIP.next;
console.log('start', [...'ab'].length, [...[1, 2, 3]].length);
SIP.other = 1;
AIP.other = 2;
console.log('other properties added');
SIP.next = function () { return {done: true}; };
console.log('string next patched', [...'ab'].length, [...[1, 2, 3]].length);
SIP.next = stringNext;
console.log('restored', [...'ab'].length);
AIP.next = function () { return {done: true}; };
console.log('array next patched', [...'ab'].length, [...[1, 2, 3]].length);
AIP.next = arrayNext;
console.log('restored', [...'ab'].length, [...[1, 2, 3]].length);
