// Flags: --allow-natives-syntax
// Objects built by the same steps share a hidden class; different insertion
// orders or extra properties split them.
function make(a, b) { return { a, b }; }
const o1 = make(1, 2);
const o2 = make('x', 'y');
console.log('same literal shape:', %HaveSameMap(o1, o2));
const o3 = {};
o3.a = 1;
o3.b = 2;
const o4 = {};
o4.a = 3;
o4.b = 4;
console.log('same add order:', %HaveSameMap(o3, o4));
const o5 = {};
o5.b = 1;
o5.a = 2;
console.log('different order:', %HaveSameMap(o3, o5));
o4.c = 5;
console.log('after extra property:', %HaveSameMap(o3, o4));
function Point(x, y) { this.x = x; this.y = y; }
const p1 = new Point(1, 2);
const p2 = new Point(3, 4);
console.log('constructor instances:', %HaveSameMap(p1, p2));
