// node prints promises as Promise { value }, Promise { <pending> } and
// Promise { <rejected> reason }; async functions as [AsyncFunction: f]
// (their constructor is %AsyncFunction%, not Function); they are not
// constructors; subclasses of Promise construct instances of themselves.
console.log(Promise.resolve(1), new Promise(() => {}), Promise.reject(new Error('x')).catch(() => {}) );
const r = Promise.reject(3); r.catch(() => {});
console.log(r, [Promise.resolve('a')], { p: Promise.resolve({ a: 1 }) });
async function af() {}
console.log(af, async () => {}, af.constructor === Function, Object.getPrototypeOf(af) === Function.prototype);
try { new af(); } catch (e) { console.log(e.message); }
console.log(af.prototype, 'prototype' in af, af.length, af.name);
console.log(Object.getOwnPropertyNames(Promise.prototype), Object.getOwnPropertyNames(Promise));
console.log(String(Promise.resolve()), Promise.resolve() + '');
class MyP extends Promise {}
const mp = new MyP((r) => r(5));
console.log(mp instanceof MyP, mp instanceof Promise);
mp.then((v) => console.log('MyP then', v));
console.log(typeof Promise.prototype.then.call(mp, () => {}));
