// extends, super() in constructors, super.method() and overriding.
class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return this.name + ' with area ' + this.area(); }
}
class Rect extends Shape {
  constructor(w, h) { super('rect'); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
}
class Square extends Rect {
  constructor(s) { super(s, s); this.name = 'square'; }
  describe() { return 'A ' + super.describe(); }
}
const s = new Square(3);
console.log(s.describe(), s instanceof Square, s instanceof Rect, s instanceof Shape);
console.log(new Rect(2, 5).describe(), new Shape('blob').describe());
console.log(s);
console.log(Object.getPrototypeOf(Square) === Rect, Object.getPrototypeOf(Square.prototype) === Rect.prototype);
