// Guards Array.prototype.push's frameless fast path: it must fall back to
// the full builtin whenever the simple case does not hold (full store,
// kind change, frozen/sealed/non-extensible arrays, read-only length,
// elements or setters on the prototype chain, array subclasses, non-arrays),
// and its result and element kinds must be the same either way.
'use strict';
const a = [];
for (let i = 0; i < 20; i++) a.push(i);          // grows past the store
console.log(a.length, a.push(1.5), a.push('s', {x: 1}), a.slice(-4));
const b = [1, 2, 3];
console.log(b.push(), b.push(4, 5, 6, 7, 8, 9), b);
try { Object.freeze([1]).push(2); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.seal([1]).push(2); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.preventExtensions([1]).push(2); } catch (e) { console.log(e.constructor.name, e.message); }
const ro = [1, 2];
Object.defineProperty(ro, 'length', {writable: false});
try { ro.push(3); } catch (e) { console.log(e.constructor.name, e.message); }
class Sub extends Array {}
const s = new Sub();
s.push(1, 2);
console.log(s.length, s instanceof Sub, Array.isArray(s));
const like = {length: 2, 0: 'a', 1: 'b'};
console.log(Array.prototype.push.call(like, 'c'), JSON.stringify(like));
const holey = [1, , 3];
holey.push(4);
console.log(holey.length, 1 in holey, holey);
// A setter on Array.prototype at the next index: push must call it.
const hooked = [10, 20];
let seen = [];
Object.defineProperty(Array.prototype, '2', {
  set(v) { seen.push('setter ' + v); }, get() { return 'proto'; }, configurable: true,
});
console.log(hooked.push(30), hooked.length, hooked[2], JSON.stringify(seen));
delete Array.prototype[2];
const after = [];
after.push(7);
console.log(after, after.length);
