// A load site going 0 -> 1 -> P -> N (V8's letters), constructor stores
// that transition from the second object on, and a top-level loop whose
// sites reach monomorphic once its feedback vector exists (lazy feedback
// allocation: the loop's back edge charges the budget).
function getX(o) { return o.x; }
function Point(x, y) { this.x = x; this.y = y; }
const shapes = [{ x: 1 }, { x: 2, a: 1 }, { x: 3, b: 1 }, { x: 4, c: 1 }, { x: 5, d: 1 }];
let sum = 0;
for (let i = 0; i < 400; i++) {
  const p = new Point(i, i + 1);
  sum += p.x + p.y;
  sum += getX(shapes[i % (i < 200 ? 1 : 5)]);
}
console.log(sum);
