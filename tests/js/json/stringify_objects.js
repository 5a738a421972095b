// JSON.stringify of objects and arrays: skipped and nulled values, key order.
console.log(JSON.stringify({ a: 1, b: 'two', c: [1, 2], d: { e: null } }));
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol('x'), kept: 0 }));
console.log(JSON.stringify([undefined, function () {}, Symbol('x'), NaN, 1]));
console.log(JSON.stringify({ 2: 'b', 1: 'a', z: 'z', y: 'y' }));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]]), JSON.stringify([{}]));
console.log(JSON.stringify([1, , 3]), JSON.stringify(new Array(2)));
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
Object.defineProperty(o, 'hidden', { value: 3 });
console.log(JSON.stringify(o));
class P { constructor() { this.x = 1; } get y() { return 2; } }
console.log(JSON.stringify(new P()));
