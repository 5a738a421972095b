// extending Map and Set keeps their internal slots
class DefaultMap extends Map {
  constructor(def, entries) { super(entries); this.def = def; }
  get(k) { return this.has(k) ? super.get(k) : this.def; }
}
const m = new DefaultMap(0, [['a', 1]]);
console.log(m.get('a'), m.get('zz'), m.size, m instanceof Map);
class TagSet extends Set { addAll(...xs) { for (const x of xs) this.add(x); return this; } }
console.log([...new TagSet(['x']).addAll('y', 'x')]);
