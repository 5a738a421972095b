// console.log of the weak collections as node prints them without
// showHidden: the entries are unknown; own properties and subclass names
// still show.
const k = {};
const wm = new WeakMap([[k, 1]]);
const ws = new WeakSet([k]);
console.log(wm, ws, new WeakRef(k), new FinalizationRegistry(() => {}));
wm.label = 'cache';
class Cache extends WeakMap {}
console.log(wm, new Cache(), [ws], { nested: { wm } });
console.log(String(wm), `${ws}`);
