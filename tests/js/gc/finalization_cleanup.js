// Flags: --expose-gc
// FinalizationRegistry: once gc() has collected a registered target, the
// cleanup callback receives its holdings in a later task, never during the
// GC and never before the script ends. unregister(token) drops a
// registration; a live target is never reported.
const registry = new FinalizationRegistry((held) => console.log('cleanup:', held));
let kept = globalThis.kept = { name: 'kept' };
registry.register(kept, 'kept');
(function () { registry.register({ temporary: true }, 'temporary'); })();
const token = {};
(function () { registry.register({}, 'unregistered', token); })();
console.log('unregister:', registry.unregister(token), registry.unregister(token));
gc();
console.log('gc done; the script goes on');
for (const f of [() => new FinalizationRegistry(), () => FinalizationRegistry(() => {}),
                 () => registry.register(1), () => registry.register(kept, kept),
                 () => registry.register({}, 1, 2), () => registry.unregister('x')]) {
  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
globalThis.alive = {};  // a global: never collected, so never reported
console.log(registry.register(globalThis.alive, 'x') === undefined, FinalizationRegistry.length);
console.log('end of script', kept.name);
