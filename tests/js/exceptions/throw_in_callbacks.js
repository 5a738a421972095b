// Exceptions propagate out of builtin callbacks (map/forEach/reduce/sort-free).
try {
  [1, 2, 3].map(x => { if (x === 2) throw new Error('at ' + x); return x; });
} catch (e) {
  console.log(e.message);
}
let visited = 0;
try {
  [1, 2, 3].forEach(() => { visited++; throw new RangeError('stop'); });
} catch (e) {
  console.log(e.name, visited);
}
const o = { get boom() { throw new TypeError('getter threw'); } };
try {
  JSON.stringify(o);
} catch (e) {
  console.log(e.message);
}
try {
  String({ toString() { throw new Error('toString threw'); } });
} catch (e) {
  console.log(e.message);
}
