// Mutating methods and length/index writes on frozen, sealed and
// non-extensible arrays give V8's errors: adding an element is "Cannot add
// property N, object is not extensible" (Object.freeze([1]).push(2)), a
// read-only element or length is "Cannot assign to read only property", a
// non-configurable element is "Cannot delete property"; sloppy writes fail
// silently, strict ones throw.
function t(name, f) { try { const r = f(); console.log(name, 'ok', JSON.stringify(r)); } catch (e) { console.log(name, e.name + ': ' + e.message); } }
for (const [label, make] of [['frozen', a => Object.freeze(a)], ['sealed', a => Object.seal(a)], ['nonext', a => Object.preventExtensions(a)]]) {
  t(label + ' push', () => { const a = make([1]); a.push(2); return a; });
  t(label + ' push0', () => { const a = make([1]); a.push(); return a; });
  t(label + ' unshift', () => { const a = make([1]); a.unshift(0); return a; });
  t(label + ' unshift0', () => { const a = make([1]); a.unshift(); return a; });
  t(label + ' pop', () => { const a = make([1, 2]); a.pop(); return a; });
  t(label + ' shift', () => { const a = make([1, 2]); a.shift(); return a; });
  t(label + ' splice del', () => { const a = make([1, 2, 3]); a.splice(1, 1); return a; });
  t(label + ' splice ins', () => { const a = make([1, 2, 3]); a.splice(1, 0, 9); return a; });
  t(label + ' splice rep', () => { const a = make([1, 2, 3]); a.splice(1, 1, 9); return a; });
  t(label + ' length=0', () => { const a = make([1, 2]); a.length = 0; return a; });
  t(label + ' length=5', () => { const a = make([1, 2]); a.length = 5; return a; });
  t(label + ' strict length=0', () => { 'use strict'; const a = make([1, 2]); a.length = 0; return a; });
  t(label + ' strict length=5', () => { 'use strict'; const a = make([1, 2]); a.length = 5; return a; });
  t(label + ' idx store', () => { const a = make([1, 2]); a[0] = 7; a[5] = 1; return a; });
  t(label + ' strict idx0', () => { 'use strict'; const a = make([1, 2]); a[0] = 7; return a; });
  t(label + ' strict idx5', () => { 'use strict'; const a = make([1, 2]); a[5] = 7; return a; });
  t(label + ' fill', () => { const a = make([1, 2]); a.fill(0); return a; });
  t(label + ' reverse', () => { const a = make([1, 2]); a.reverse(); return a; });
  t(label + ' sort', () => { const a = make([2, 1]); a.sort(); return a; });
  t(label + ' copyWithin', () => { const a = make([1, 2]); a.copyWithin(0, 1); return a; });
  t(label + ' push empty', () => { const a = make([]); a.push(1); return a; });
  t(label + ' unshift empty', () => { const a = make([]); a.unshift(1); return a; });
}
// Array-likes and the generic path (Array.prototype methods on objects).
t('frozen array-like push', () => { const o = Object.freeze({length: 0}); Array.prototype.push.call(o, 1); return o; });
t('nonext array-like push', () => { const o = Object.preventExtensions({length: 0}); Array.prototype.push.call(o, 1); return o; });
t('sealed array-like push', () => { const o = Object.seal({0: 'a', length: 1}); Array.prototype.push.call(o, 1); return o; });
t('frozen array-like pop', () => { const o = Object.freeze({0: 'a', length: 1}); Array.prototype.pop.call(o); return o; });
t('getter-only length push', () => { const o = {get length() { return 0; }}; Array.prototype.push.call(o, 1); return o; });
