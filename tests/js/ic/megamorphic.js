// A site that sees more than four shapes goes megamorphic and keeps giving
// the right answers through the stub cache, across collections.
function makeShapes(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const o = {};
    o['p' + i] = i;   // a different first property per shape
    o.x = i * 10;
    out.push(o);
  }
  return out;
}
function getX(o) { return o.x; }
function setX(o, v) { o.x = v; }
const objs = makeShapes(12);
let sum = 0;
for (let round = 0; round < 300; round++) {
  for (const o of objs) { sum += getX(o); setX(o, o.x + 1); }
  if (round % 100 === 0) {
    const garbage = [];
    for (let k = 0; k < 2000; k++) garbage.push({ k });
  }
}
console.log(sum, objs.map(getX).join());
// A dead shape's entries do not answer for a new object.
const late = { q: 1, x: 'late' };
console.log(getX(late), getX({ x: undefined }), getX({}));
