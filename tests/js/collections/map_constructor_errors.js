// Constructor errors with V8's messages: no `new`, non-iterables, entries that
// are not objects, a non-callable adder; the iterator is closed on errors.
function attempt(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
attempt(() => Map());
attempt(() => Set());
attempt(() => Map([[1, 2]]));
attempt(() => new Map(5));
attempt(() => new Map(true));
attempt(() => new Map({}));
attempt(() => new Set(1.5));
attempt(() => new Set({ a: 1 }));
attempt(() => new Map([1]));
attempt(() => new Map(['a']));
attempt(() => new Map([[1, 2], null]));
attempt(() => new Map({ [Symbol.iterator]() { return 1; } }));
attempt(() => new Map({ [Symbol.iterator]() { return { next() { return 3; } }; } }));
let closed = 0;
const closing = {
  [Symbol.iterator]() {
    return { next() { return { value: 7, done: false }; }, return() { closed++; return {}; } };
  }
};
attempt(() => new Map(closing));
console.log('closed', closed);
class Thrower extends Map { set(k, v) { throw new Error('no ' + k); } }
attempt(() => new Thrower([['a', 1]]));
attempt(() => new Thrower());
class NoAdder extends Set { get add() { return 3; } }
attempt(() => new NoAdder([1]));
attempt(() => new NoAdder());
attempt(() => new Map({ get [Symbol.iterator]() { throw new RangeError('getter'); } }));
