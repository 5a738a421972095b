// How util.inspect prints maps, sets, their iterators and dates at the edges:
// depth limits, self-references, custom toStringTag, null prototypes.
console.log({a:{b:{c:new Map([[1,2]]), d: new Set([1]), e: new Date(0), f: new Map().keys()}}});
console.log([new Map([[1, 2]]).keys()], Object.create(null));
const m = new Map([[1, 2]]); const it = m[Symbol.iterator](); console.log(it);
console.log(new Map([[1, new Map([[2, new Map([[3, new Map([[4, 5]])]])]])]]));
console.log(new Set([new Set([new Set([new Set([1])])])]));
const x = new Map(); x.set(x, x); console.log(x);
const s = new Set(); s.add(s); console.log(s, [s]);
console.log(new Map([['a', 1]]).entries().toString(), String(new Map().keys()));
class Q extends Map { get [Symbol.toStringTag]() { return 'QQ'; } }
console.log(new Q([[1,1]]));
const n = new Map(); Object.setPrototypeOf(n, null); console.log(n);
const ns = new Set([1]); Object.setPrototypeOf(ns, null); console.log(ns);
const nd = new Date(0); Object.setPrototypeOf(nd, null); console.log(nd);
