// Generator objects are ordinary objects (own properties, JSON), generator
// methods reach super through their home object, a finally entered by a throw
// may yield, and contexts captured by closures stay shared across yields.
const base = { greet() { return 'base'; } };
const o = { __proto__: base, *m() { yield super.greet(); yield this === o; } };
console.log([...o.m()]);
function* g() { yield 1; }
const it = g();
it.foo = 1; it[Symbol('s')] = 2;
console.log(it, Object.keys(it), JSON.stringify(it));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(g.prototype)));
console.log(Object.getPrototypeOf(g.prototype).hasOwnProperty(Symbol.iterator), typeof Object.getPrototypeOf(Object.getPrototypeOf(g.prototype))[Symbol.iterator]);
class A { f = function* () { yield this; }; static *[Symbol.iterator]() { yield 'static iter'; } }
console.log([...A]);
const a = new A(); console.log(a.f().next().value === undefined);
function* outer() { try { throw new Error('e'); } finally { yield 'in finally'; } }
const oi = outer(); console.log(oi.next()); console.log(oi.return('R')); console.log(oi.next());
const oj = outer(); oj.next(); try { oj.next(); } catch (e) { console.log('rethrown', e.message); }
function* ctx() { let a = 1; { let b = 2; const f = () => a + b; yield f; b = 10; yield f; } a = 100; yield 'x'; }
const ci = ctx(); const f1 = ci.next().value; console.log(f1()); ci.next(); console.log(f1()); ci.next(); console.log(f1());
const arr = Array.from({ length: 3 }, function* (_, i) { yield i; }).map((it) => it.next().value);
console.log(arr);
console.log([1, 2].map(function* (x) { yield x * 10; }).map((i) => [...i]));
