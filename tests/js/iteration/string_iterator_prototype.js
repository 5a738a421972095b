// %StringIteratorPrototype% is its own object (V8, ES2023 22.1.5.1):
// inherits from %IteratorPrototype%, has its own next and the tag
// "String Iterator", is distinct from %ArrayIteratorPrototype%, and each
// next rejects the other kind's iterators.
const SIP = Object.getPrototypeOf(''[Symbol.iterator]());
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
const IP = Object.getPrototypeOf(AIP);
console.log('distinct', SIP !== AIP, Object.getPrototypeOf(SIP) === IP);
console.log('same for all strings', Object.getPrototypeOf('xyz'[Symbol.iterator]()) === SIP,
            Object.getPrototypeOf(String.prototype[Symbol.iterator].call(42)) === SIP);
console.log(Object.getOwnPropertyNames(SIP), Object.getOwnPropertySymbols(SIP).map(String));
console.log(SIP[Symbol.toStringTag], Object.prototype.toString.call('a'[Symbol.iterator]()));
console.log(Object.getOwnPropertyDescriptor(SIP, Symbol.toStringTag));
const d = Object.getOwnPropertyDescriptor(SIP, 'next');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable);
console.log(SIP.next.name, SIP.next.length, SIP.next === AIP.next, String(SIP.next));
console.log(SIP[Symbol.iterator] === IP[Symbol.iterator], 'ab'[Symbol.iterator]()[Symbol.iterator]() !== null);
// keys/values/entries of arrays stay array iterators.
console.log(Object.getPrototypeOf([].keys()) === AIP, Object.getPrototypeOf([].entries()) === AIP,
            Object.getPrototypeOf(Array.prototype.values.call('ab')) === AIP);
for (const [label, f] of [
  ['array next on a string iterator', () => AIP.next.call('ab'[Symbol.iterator]())],
  ['string next on an array iterator', () => SIP.next.call([1][Symbol.iterator]())],
  ['string next on {}', () => SIP.next.call({})],
  ['string next on 1', () => SIP.next.call(1)],
  ['string next on a string', () => SIP.next.call('abc')],
  ['string next on undefined', () => SIP.next.call(undefined)],
  ['string next on an object inheriting SIP', () => SIP.next.call(Object.create(SIP))],
]) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
// Code points: surrogate pairs stay together, lone surrogates alone.
const it = 'a\u{1F600}b\uD800'[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next(), it.next(), it.next());
// A String object and a number iterate through ToString.
console.log([...new String('hi')], [...String.prototype[Symbol.iterator].call(123)]);
