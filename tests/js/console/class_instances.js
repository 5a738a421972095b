// Instances of classes and constructor functions print with the constructor name.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
function Legacy() { this.v = 1; }
class Empty {}
console.log(new Point(1, 2), new Legacy(), new Empty());
console.log([new Point(0, 0)], { p: new Point(-0, 5) });
const bare = Object.create(null);
bare.k = 1;
console.log(bare, Object.create(null));
const withProto = Object.create({ inherited: 1 });
withProto.own = 2;
console.log(withProto);
class Sub extends Point {}
console.log(new Sub(3, 4));
