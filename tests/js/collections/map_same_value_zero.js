// Keys compare with SameValueZero: NaN is one key, -0 and +0 are one key
// (stored as +0), strings by content however they were built, 1 and '1'
// differ, objects and symbols by identity.
const m = new Map();
m.set(NaN, 'nan');
console.log(m.get(NaN), m.get(0 / 0), m.get(Number('x')), m.size);
m.set(-0, 'zero');
console.log(m.get(0), m.get(-0), m.has(+0), m.size);
const k = [...m.keys()][1];
console.log(Object.is(k, 0), Object.is(k, -0));
m.set(1, 'one').set('1', 'string one').set(1.0, 'one again');
console.log(m.get(1), m.get('1'), m.size);
m.set(0.5, 'half');
console.log(m.get(1 / 2), m.get(0.25 * 2));
let built = '';
for (const c of 'hello world') built += c;
m.set('hello world', 'greeting');
console.log(m.get(built), m.get('hello ' + 'world'), m.get('hello world'.slice(0)));
const long = 'x'.repeat(40);
m.set(long + 'y', 'rope');
console.log(m.get('x'.repeat(20) + 'x'.repeat(20) + 'y'));
const o1 = {}, o2 = {};
m.set(o1, 'o1');
console.log(m.get(o1), m.get(o2), m.get({}));
const s1 = Symbol('s'), s2 = Symbol('s');
m.set(s1, 'sym');
console.log(m.get(s1), m.get(s2), m.get(Symbol.iterator));
m.set(Symbol.iterator, 'well known');
console.log(m.get(Symbol.iterator));
const s = new Set([NaN, NaN, 0, -0, +0, '0', 0.1 + 0.2, 0.3]);
console.log(s.size, [...s]);
console.log(s.has(-0), s.has(NaN), s.has(0.30000000000000004));
