// WeakSet: add/has/delete, the constructor's iterable, V8's TypeErrors.
const a = {}, b = [];
const ws = new WeakSet([a]);
console.log(ws.has(a), ws.has(b), ws.add(b) === ws, ws.has(b));
console.log(ws.delete(a), ws.delete(a), ws.has(a));
console.log(ws.has(1), ws.delete('x'));
for (const f of [() => ws.add(1), () => ws.add(Symbol.iterator ? 'x' : 'y'), () => WeakSet(),
                 () => WeakSet.prototype.add.call({}, a), () => new WeakSet([1])]) {
  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
const sym = Symbol('k');
console.log(ws.add(sym).has(sym));
console.log(Object.prototype.toString.call(ws), WeakSet.length, Object.getOwnPropertyNames(WeakSet.prototype));
