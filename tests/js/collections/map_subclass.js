// class X extends Map / Set: instances are real maps with X.prototype; the
// constructor adds entries through the (overridable) set/add method.
class Counter extends Map {
  constructor(entries) { super(entries); this.label = 'counter'; }
  set(k, v) { return super.set(k, (this.get(k) || 0) + v); }
  total() { let t = 0; for (const v of this.values()) t += v; return t; }
}
const c = new Counter([['a', 1], ['a', 2], ['b', 5]]);
console.log(c.get('a'), c.get('b'), c.size, c.total(), c.label);
console.log(c instanceof Counter, c instanceof Map, Object.getPrototypeOf(c) === Counter.prototype);
console.log(Object.prototype.toString.call(c), c);
class Tags extends Set {
  add(v) { return super.add(String(v).toLowerCase()); }
}
const t = new Tags(['A', 'b', 'B']);
console.log(t.size, [...t], t.has('a'), t);
class Plain extends Map {}
const p = new Plain();
p.set(1, 2);
console.log(p, Map.prototype.get.call(p, 1));
class Late extends Set { constructor() { super(); this.add('late'); } }
console.log(new Late());
