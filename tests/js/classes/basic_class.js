// A class with a constructor, methods and instance properties.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm2() { return this.x * this.x + this.y * this.y; }
  add(other) { return new Point(this.x + other.x, this.y + other.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
const p = new Point(1, 2);
const q = p.add(new Point(3, 4));
console.log(p.norm2(), String(q), q.x, q instanceof Point);
console.log(typeof Point, Object.keys(p), Object.keys(Point.prototype));
console.log(p.constructor === Point, Object.getPrototypeOf(p) === Point.prototype);
console.log(p);
