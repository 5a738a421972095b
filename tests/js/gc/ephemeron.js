// Flags: --expose-gc
// WeakMap entries are ephemerons: a value reachable only through the map
// lives while its key does. The values are watched with a
// FinalizationRegistry: only the value of the dropped key is reported.
const registry = new FinalizationRegistry((held) => console.log('collected value of', held));
const map = new WeakMap();
let keyA = globalThis.keyA = { k: 'A' };  // global: stays alive after the script too
let keyB = { k: 'B' };
(function () {
  const valueA = { v: 'A' }, valueB = { v: 'B' };
  // valueB points back at its key: the cycle key -> value -> key is still
  // garbage once nothing else holds the key.
  valueB.key = keyB;
  map.set(keyA, valueA).set(keyB, valueB);
  registry.register(valueA, 'A');
  registry.register(valueB, 'B');
})();
keyB = null;
gc();
console.log('A still mapped:', map.get(keyA).v);
