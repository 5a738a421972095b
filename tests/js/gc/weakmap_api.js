// WeakMap: get/set/has/delete on object and symbol keys, chaining, the
// constructor's iterable, subclassing, and V8's TypeErrors.
const a = {}, b = function () {}, s = Symbol('s');
const wm = new WeakMap([[a, 1], [b, 2]]);
console.log(wm.get(a), wm.get(b), wm.has(a), wm.has({}), wm.get({}));
console.log(wm.set(s, 'sym') === wm, wm.get(s), wm.has(s));
console.log(wm.delete(a), wm.delete(a), wm.has(a), wm.get(a));
wm.set(b, 'replaced');
console.log(wm.get(b));
for (const key of [1, 'str', null, undefined, true]) {
  console.log(wm.has(key), wm.get(key), wm.delete(key));
  try { wm.set(key, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
}
class Registry extends WeakMap {
  remember(o) { return this.set(o, true); }
}
const r = new Registry();
console.log(r.remember(a) === r, r.has(a), r instanceof WeakMap, Object.getPrototypeOf(r) === Registry.prototype);
for (const f of [() => WeakMap(), () => WeakMap.prototype.get.call(new Map(), a),
                 () => new WeakMap([1]), () => new WeakMap([[1, 2]])]) {
  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(Object.prototype.toString.call(wm), WeakMap.name, WeakMap.length);
console.log(Object.getOwnPropertyNames(WeakMap.prototype));
