// Frozen, sealed and non-extensible shapes survive a full GC between two
// objects built the same way: the non-extensible shape keeps the shape it
// was made from alive (V8's back pointer), so the second object finds the
// same edge and %HaveSameMap stays true.
// Flags: --allow-natives-syntax --expose-gc
function make() { return {x: 1, y: 'two'}; }
function Point(x, y) { this.x = x; this.y = y; }

const f1 = Object.freeze(make());
gc();
const f2 = Object.freeze(make());
console.log('frozen literal', %HaveSameMap(f1, f2), Object.isFrozen(f2));

const s1 = Object.seal(new Point(1, 2));
gc();
gc({type: 'minor'});
const s2 = Object.seal(new Point(3, 4));
console.log('sealed instance', %HaveSameMap(s1, s2), Object.isSealed(s2), Object.isFrozen(s2));

const n1 = Object.preventExtensions(make());
gc();
const n2 = Object.preventExtensions(make());
console.log('non-extensible', %HaveSameMap(n1, n2), Object.isExtensible(n2));
console.log('kinds differ', %HaveSameMap(f1, s1), %HaveSameMap(f1, n1), %HaveSameMap(n1, make()));

// Empty objects too (the edge hangs off the root).
const e1 = Object.freeze({});
gc();
const e2 = Object.freeze({});
console.log('empty frozen', %HaveSameMap(e1, e2));

// Many collections in a row, and objects still usable afterwards.
const list = [];
for (let i = 0; i < 5; i++) {
  list.push(Object.freeze(make()));
  gc();
}
console.log('all same', list.every((o) => %HaveSameMap(o, list[0])), %HaveSameMap(list[0], f1));
console.log(list[4].x, list[4].y, Object.keys(list[4]));

// The frozen shape still follows field generalization of its branch: a
// double stored into an unfrozen sibling deprecates the branch; frozen
// objects keep their values and stay frozen.
const d1 = Object.freeze(make());
const other = make();
other.x = 1.5;
gc();
console.log('after generalize', d1.x, Object.isFrozen(d1), other.x);
const d2 = Object.freeze(make());
gc();
const d3 = Object.freeze(make());
console.log('fresh pair', %HaveSameMap(d2, d3), d2.x, d3.y);
