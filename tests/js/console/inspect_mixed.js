// Guards util.inspect through console.log on a mix of values: class
// instances and subclasses, functions with properties, sparse arrays
// with extra keys, %o/%O, nested Maps/Sets, grouping of short and long
// items, circular references in arrays, Maps and mutual objects.
class Foo { constructor() { this.a = 1; } get g() { return 2; } static s = 1; }
class Bar extends Foo { constructor() { super(); this.b = [1, 2, { c: new Map([[1, { d: 2 }]]) }]; } }
console.log(new Bar());
console.log([new Foo(), new Foo()], { foo: new Foo() });
console.log(Foo, Bar, Object.assign(function f() {}, { prop: 1 }), Object.assign(() => {}, { x: 1 }));
console.log([1, 2, 3].map(String), Array(5), [, 1, , 2, , ,], Object.assign([1, 2], { extra: 'x', '-1': 2 }));
console.log({ a: [{ b: { c: {} } }] }, [[[]]], [{}], { '': 1, 'a b': 2, [Symbol.iterator]: 3, [Symbol('x y')]: 4 });
console.log('%o', [1, { a: 2 }], '%O', { deep: { deeper: { deepest: { bottom: 1 } } } });
console.log(new Set([[1, 2], { a: new Set([1]) }]), new Map([[new Map(), new Set()]]));
console.log(Object.create({ inherited: 1 }), Object.create(Foo.prototype), Object.create(Array.prototype));
const err = new TypeError('bad'); err.extra = 1;
console.log({ err: 1 }, [err.message]);
console.log(Array.from({ length: 7 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 27 }, (_, i) => i % 2 ? 'x'.repeat(i) : i));
console.log(Array.from({ length: 10 }, (_, i) => [i, i * 2]));
console.log(Array.from({ length: 8 }, (_, i) => ({ id: i })));
console.log({ fn() {}, arrow: () => 1, async am() {}, *gen() {}, klass: class {}, named: function nm() {} });
console.log([true, false, null, undefined, -0, 0, NaN, Infinity]);
console.log('str', 42, { s: 'it\'s "q"' }, ['`b`\'"'], 'line\nbreak', ['line\nbreak']);
console.log(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }), Object.defineProperty([], 'h', { value: 1 }));
console.log({ a: 1, b: 'a much longer string value here', c: [1, 2, 3], d: { e: 'nested value' }, f: true });
console.log(new Array(150).fill(7));
console.log({ k: 'x'.repeat(90) });
console.log(String(Symbol('s')), [Symbol('s')], { [Symbol()]: Symbol() });
console.log(new Boolean(false), new Number(-0), new String(''), Object(1), [new String('ab')]);
console.log(globalThis === this, typeof globalThis);
const a = [1]; a.self = a; console.log(a);
const m = new Map(); m.set('self', m); console.log(m);
const o1 = {}; const o2 = { o1 }; o1.o2 = o2; console.log([o1, o2]);
console.log(Object.freeze({ frozen: 1 }), Math.max, console.log.name);
console.log(new (class extends Array {})(1, 2), new (class Temp extends Set {})([1]));
console.log([undefined, , null].join('-'), `${[1, [2, [3]]]}`);
console.log(Object.getPrototypeOf(function*(){}), Object.getPrototypeOf([][Symbol.iterator]()));
