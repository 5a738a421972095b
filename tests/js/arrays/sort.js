// Guards Array.prototype.sort: string order by default (numbers too),
// comparator order, stability over many equal keys, undefined sorted last
// and holes after them, array-likes, a comparator that is inconsistent,
// random or mutates the array (some order, never a crash), a throwing
// comparator, and the TypeError for a non-callable comparator.
console.log([10, 9, 1, 100, -5].sort(), [10, 9, 1, 100, -5].sort((a, b) => a - b));
console.log(['b', undefined, 'a', , 'c'].sort(), [3, undefined, 1, , 2].sort((a, b) => b - a));
const a = [3, 1, 2];
console.log(a.sort() === a, [].sort(), [1].sort());
const records = [];
for (let i = 0; i < 500; i++) records.push({ key: (i * 7) % 5, i });
records.sort((x, y) => x.key - y.key);
let stable = true;
for (let i = 1; i < records.length; i++) {
  if (records[i - 1].key === records[i].key && records[i - 1].i > records[i].i) stable = false;
}
console.log(stable, records.slice(0, 4).map(r => r.i).join(','), records.slice(100, 104).map(r => r.i).join(','));
console.log(Array.prototype.sort.call({ length: 4, 0: 'd', 1: 'b', 3: 'a' }));
const inconsistent = Array.from({ length: 200 }, (_, i) => (i * 37) % 101);
inconsistent.sort(() => 1);
inconsistent.sort(() => -1);
inconsistent.sort((x, y) => (x + y) % 3 - 1);
let seed = 7;
inconsistent.sort(() => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % 3 - 1; });
console.log(inconsistent.length, inconsistent.slice().sort((x, y) => x - y).slice(0, 5));
const mutating = [5, 4, 3, 2, 1];
mutating.sort((x, y) => { mutating.length = 2; return x - y; });
console.log(mutating.length >= 2);
try { [2, 1].sort(() => { throw new Error('from comparator'); }); } catch (e) { console.log(e.message); }
for (const bad of [null, 1, 'x', {}]) {
  try { [2, 1].sort(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(['B', 'a', 'C', 'b'].sort(), ['é', 'e', 'f'].sort(), [true, false].sort(), [[2], [1, 5]].sort());
console.log([1, 2, 3].sort(() => NaN), [3, 2, 1].sort((a, b) => ({ valueOf() { return a - b; } })));
