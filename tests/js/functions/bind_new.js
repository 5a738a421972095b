// A bound function used with new ignores the bound this but keeps bound arguments.
function Point(x, y) { this.x = x; this.y = y; }
const BoundX = Point.bind({ ignored: true }, 1);
const p = new BoundX(2);
console.log(p.x, p.y, p instanceof Point, p instanceof BoundX, 'ignored' in p);
const twice = Point.bind(null, 1).bind(null, 2);
const q = new twice();
console.log(q.x, q.y, twice.name);
