// Guards Object.hasOwn and the Annex B __proto__ accessor of
// Object.prototype: reading and assigning a prototype through it, the
// cases it ignores, and objects without Object.prototype.
console.log(Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'b'), Object.hasOwn([1], 0),
            Object.hasOwn('str', 'length'), Object.hasOwn({ 1: 0 }, 1), Object.hasOwn.length);
try { Object.hasOwn(null, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
const o = {};
o.__proto__ = Array.prototype;
console.log(o instanceof Array, Object.getPrototypeOf(o) === Array.prototype, o.__proto__ === Array.prototype);
o.__proto__ = 5;          // ignored: not an object or null
console.log(Object.getPrototypeOf(o) === Array.prototype);
o.__proto__ = null;
console.log(Object.getPrototypeOf(o), o.__proto__);
console.log((1).__proto__ === Number.prototype, 'x'.__proto__ === String.prototype);
const d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name);
const a = {}; const b = Object.create(a);
try { a.__proto__ = b; } catch (e) { console.log(e.name + ': ' + e.message); }
try { d.set.call(undefined, {}); } catch (e) { console.log(e.name + ': ' + e.message); }
// A literal's __proto__ sets the prototype; a computed key makes a property.
const lit = { __proto__: { inherited: 1 } };
const computed = { ['__proto__']: 2 };
console.log(lit.inherited, Object.keys(lit), Object.keys(computed), JSON.parse('{"__proto__": 3}').__proto__);
