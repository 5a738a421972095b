// Flags: --expose-gc
// WeakRef keeps its target for the rest of the current job (the spec's
// KeepDuringJob): deref() after gc() in the same job, even in a microtask
// of the same checkpoint, still returns the object.
let target = { name: 'target' };
const ref = new WeakRef(target);
target = null;
gc();
console.log('after gc, same job:', ref.deref());
queueMicrotask(() => {
  gc();
  console.log('microtask of the same checkpoint:', ref.deref());
});
for (const f of [() => new WeakRef(1), () => new WeakRef(), () => WeakRef({}),
                 () => WeakRef.prototype.deref.call({})]) {
  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
const s = Symbol('weak');
console.log(new WeakRef(s).deref() === s, String(new WeakRef({})), WeakRef.length);
