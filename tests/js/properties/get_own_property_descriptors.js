// getOwnPropertyDescriptors returns every own descriptor, with symbols
const s = Symbol('s');
const o = {a: 1, get b() { return 2; }, [s]: 3};
Object.defineProperty(o, 'hidden', {value: 4});
const d = Object.getOwnPropertyDescriptors(o);
console.log(Object.keys(d), d.hidden, d[s], typeof d.b.get);
const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(o));
console.log(clone.b, Object.getOwnPropertyDescriptor(clone, 'hidden').enumerable);
console.log(Object.getOwnPropertyDescriptors('ab'), Object.getOwnPropertyDescriptors([7]));
try { Object.getOwnPropertyDescriptors(null); } catch (e) { console.log(e.name + ': ' + e.message); }
