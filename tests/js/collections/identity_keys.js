// Object keys by identity, whatever the object: arrays, functions, maps (a
// map as its own key), class instances, frozen objects, wrappers; one
// object as a key in many maps.
const arr = [1, 2], fn = function () {}, frozen = Object.freeze({ f: 1 });
const m = new Map([[arr, 'array'], [fn, 'function'], [frozen, 'frozen']]);
m.set(m, 'itself');
console.log(m.get(arr), m.get([1, 2]), m.get(fn), m.get(frozen), m.get(m));
class Point { constructor(x) { this.x = x; } }
const p = new Point(1);
const maps = [new Map(), new Map(), new Set()];
maps[0].set(p, 0); maps[1].set(p, 1); maps[2].add(p);
console.log(maps[0].get(p), maps[1].get(p), maps[2].has(p), maps[0].get(new Point(1)));
const boxed = Object('str');
m.set(boxed, 'boxed');
console.log(m.get(boxed), m.get('str'), m.get(Object('str')));
const noProto = Object.create(null);
m.set(noProto, 'null proto');
console.log(m.get(noProto), m.size);
m.delete(arr);
console.log(m.has(arr), m.size);
