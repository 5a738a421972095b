// Guards Function.prototype.bind: the bound function's name ("bound x",
// nested "bound bound x"), its length (target length minus bound
// arguments, never negative; a non-integer, infinite or missing length),
// `new` on a bound constructor ignoring the bound this, and the TypeError
// for a non-callable receiver.
function add(a, b, c) { return [this && this.tag, a, b, c]; }
const b1 = add.bind({ tag: 't' }, 1);
console.log(b1(2, 3), b1.name, b1.length, 'prototype' in b1);
const b2 = b1.bind(null, 2);
console.log(b2(3), b2.name, b2.length, add.bind(null, 1, 2, 3, 4).length);
const shaped = (len) => { const f = function () {}; Object.defineProperty(f, 'length', { value: len }); return f; };
console.log([2.7, -5, Infinity, -Infinity, NaN, '3', 2 ** 40].map(v => shaped(v).bind(null, 1).length));
const noLength = function () {}; delete noLength.length;
console.log(noLength.bind().length, (() => {}).bind().name, (function () {}).bind().name);
const named = function () {}; Object.defineProperty(named, 'name', { value: 42 });
console.log(JSON.stringify(named.bind().name));
function Point(x, y) { this.x = x; this.y = y; }
const BoundPoint = Point.bind({ ignored: true }, 10);
const p = new BoundPoint(20);
console.log(p, p instanceof Point, p instanceof BoundPoint);
const d = Object.getOwnPropertyDescriptor(b1, 'name');
console.log(d.writable, d.enumerable, d.configurable);
try { Function.prototype.bind.call(5); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Math.max.bind(null, 5)(1, 9), [1, 2, 3].map(Math.pow.bind(null, 2)));
