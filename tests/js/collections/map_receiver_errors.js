// Map and Set methods on the wrong receiver: V8's "Method ... called on
// incompatible receiver" messages (a Map is not a Set and vice versa).
function attempt(label, f) {
  try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
const m = new Map(), s = new Set();
attempt('get', () => Map.prototype.get.call({}, 1));
attempt('set', () => Map.prototype.set.call(s, 1, 2));
attempt('has', () => Map.prototype.has.call(1));
attempt('delete', () => Map.prototype.delete.call('str'));
attempt('clear', () => Map.prototype.clear.call(null));
attempt('forEach', () => Map.prototype.forEach.call(undefined, () => {}));
attempt('keys', () => Map.prototype.keys.call(s));
attempt('entries', () => Map.prototype.entries.call(Object.create(Map.prototype)));
attempt('size', () => Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(s));
attempt('Set add', () => Set.prototype.add.call(m, 1));
attempt('Set has', () => Set.prototype.has.call({}, 1));
attempt('Set values', () => Set.prototype.values.call(m));
attempt('Set size', () => Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call({}));
attempt('map next', () => m.keys().next.call({}));
attempt('map next on set iterator', () => m.keys().next.call(s.values()));
attempt('set next on map iterator', () => s.values().next.call(m.entries()));
attempt('size on prototype', () => Map.prototype.size);
attempt('forEach callback', () => m.forEach(1));
attempt('forEach missing', () => new Map([[1, 1]]).forEach());
attempt('forEach object', () => s.forEach({}));
attempt('forEach string', () => s.forEach('abc'));
attempt('forEach null', () => s.forEach(null));
