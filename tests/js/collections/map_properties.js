// The shape of the Map and Set API: names, lengths, property order, the
// size accessor, toStringTag, and the aliases keys === values (Set) and
// [Symbol.iterator] === entries (Map) / values (Set).
console.log(Map.name, Map.length, Set.name, Set.length);
console.log(Object.getOwnPropertyNames(Map.prototype).sort().join());
console.log(Object.getOwnPropertyNames(Set.prototype).sort().join());
for (const name of ['get', 'set', 'has', 'delete', 'clear', 'forEach', 'keys', 'values', 'entries']) {
  console.log(name, Map.prototype[name].name, Map.prototype[name].length);
}
for (const name of ['add', 'has', 'delete', 'clear', 'forEach', 'values', 'entries']) {
  console.log(name, Set.prototype[name].name, Set.prototype[name].length);
}
const size = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
console.log(typeof size.get, size.set, size.enumerable, size.configurable, size.get.name);
console.log(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.name);
const tag = Object.getOwnPropertyDescriptor(Map.prototype, Symbol.toStringTag);
console.log(tag.value, tag.writable, tag.enumerable, tag.configurable);
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries);
console.log(Set.prototype[Symbol.iterator] === Set.prototype.values, Set.prototype.keys === Set.prototype.values);
console.log(Set.prototype.keys.name, Map.prototype[Symbol.iterator].name);
console.log(Map.prototype.constructor === Map, Object.getPrototypeOf(Map.prototype) === Object.prototype);
console.log(Object.keys(new Map([[1, 2]])), JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])));
console.log(String(new Map()), `${new Set()}`, new Map() + '');
console.log(typeof new Map(), new Map() instanceof Object);
// @@species: a getter returning this (subclasses inherit it).
console.log(Map[Symbol.species] === Map, Set[Symbol.species] === Set, Object.getOwnPropertyDescriptor(Map, Symbol.species).get.name, Object.getOwnPropertySymbols(Map).length, Object.getOwnPropertySymbols(Date).length); class M extends Map {}; console.log(M[Symbol.species] === M)
