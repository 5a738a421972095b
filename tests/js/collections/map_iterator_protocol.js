// The iterator objects: next() results, staying done, [Symbol.iterator]
// returning itself, %MapIteratorPrototype% / %SetIteratorPrototype% and
// their toStringTag, entries as fresh [key, value] arrays.
const m = new Map([['a', 1]]);
const it = m.entries();
const r = it.next();
console.log(JSON.stringify(r), Array.isArray(r.value), r.value !== it.next.call(m.entries()).value);
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(it[Symbol.iterator]() === it);
const proto = Object.getPrototypeOf(it);
console.log(Object.getOwnPropertyNames(proto), proto[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(it), String(new Set().values()));
console.log(proto === Object.getPrototypeOf(m.keys()), proto === Object.getPrototypeOf(new Set().values()));
const iterProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
console.log(Object.getPrototypeOf(proto) === iterProto);
const setProto = Object.getPrototypeOf(new Set().entries());
console.log(setProto[Symbol.toStringTag], Object.getOwnPropertyNames(setProto));
console.log(typeof proto.next, proto.next.name, proto.next.length);
console.log(JSON.stringify(new Map([[1, 2]]).values().next()), JSON.stringify(new Set([9]).entries().next()));
