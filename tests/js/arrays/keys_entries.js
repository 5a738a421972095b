// Guards Array.prototype.keys/entries/values: the three iterator kinds,
// holes visited as undefined, array-likes, and the unscopables list.
const a = ['a', , 'c'];
console.log([...a.keys()], [...a.values()], [...a.entries()]);
for (const [i, v] of ['x', 'y'].entries()) console.log(i, v);
const like = { length: 2, 0: 'p', 1: 'q' };
console.log([...Array.prototype.keys.call(like)], [...Array.prototype.entries.call(like)]);
const it = [1].keys();
console.log(it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call([].entries()), typeof it[Symbol.iterator]);
// An iterator sees elements pushed while iterating.
const grow = [1];
const seen = [];
for (const [i, v] of grow.entries()) { seen.push(i + ':' + v); if (grow.length < 3) grow.push(v * 10); }
console.log(seen.join(' '));
const u = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(u), Object.keys(u));
try { Array.prototype.keys.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
