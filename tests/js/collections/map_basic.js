// Map basics: get/set/has/delete/clear/size; set returns the map, so calls chain.
const m = new Map();
console.log(m.size, m.get('a'), m.has('a'));
console.log(m.set('a', 1) === m);
m.set('b', 2).set('c', 3);
console.log(m.size, m.get('a'), m.get('b'), m.get('c'), m.get('d'));
console.log(m.has('b'), m.has('z'));
m.set('a', 10);
console.log(m.size, m.get('a'));
console.log(m.delete('b'), m.delete('b'), m.size, m.has('b'), m.get('b'));
console.log(m.clear(), m.size, m.get('a'));
m.set(undefined, 'u').set(null, 'n').set(true, 't').set(false, 'f');
console.log(m.get(undefined), m.get(null), m.get(true), m.get(false), m.get(), m.size);
console.log(m.has(), m.delete(), m.has());
