// inline-cache.js: the same property loads and stores at sites that see one
// shape (monomorphic), four shapes (polymorphic) and 32 shapes
// (megamorphic), plus loads through a three-deep prototype chain and method
// calls on receivers of several constructors. Each phase does the same
// number of accesses, so an engine with inline caches shows the mono <
// poly < mega ladder in a profile.
// Covers: named property loads/stores, hidden-class transitions, prototype
// chain lookups, inline-cache states.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function makeMono(n) {
  var a = [];
  for (var i = 0; i < n; i++) a.push({ x: i, y: i * 2 });
  return a;
}

function makePoly(n) {
  var a = [];
  for (var i = 0; i < n; i++) {
    switch (i & 3) {
      case 0: a.push({ x: i, y: 2 * i }); break;
      case 1: a.push({ y: 2 * i, x: i }); break;
      case 2: a.push({ x: i, y: 2 * i, z: 1 }); break;
      default: a.push({ w: 0, x: i, y: 2 * i }); break;
    }
  }
  return a;
}

function makeMega(n) {
  var a = [];
  for (var i = 0; i < n; i++) {
    // 32 shapes: a distinct leading property, then x and y.
    var o = {};
    o['p' + (i & 31)] = i;
    o.x = i;
    o.y = 2 * i;
    a.push(o);
  }
  return a;
}

// The measured sites. Each function is called with only one kind of array,
// so its loads stay in one state.
function sumMono(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s += a[i].x + a[i].y;
  return s % 1000000007;
}
function sumPoly(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s += a[i].x + a[i].y;
  return s % 1000000007;
}
function sumMega(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s += a[i].x + a[i].y;
  return s % 1000000007;
}
function bumpMono(a) { for (var i = 0; i < a.length; i++) a[i].x = a[i].x + 1; }
function bumpPoly(a) { for (var i = 0; i < a.length; i++) a[i].x = a[i].x + 1; }
function bumpMega(a) { for (var i = 0; i < a.length; i++) a[i].x = a[i].x + 1; }

// Prototype chain: Base <- Middle <- Leaf; loads of inherited properties.
function Base() {}
Base.prototype.scale = 3;
Base.prototype.area = function () { return this.w * this.h * this.scale; };
function Middle() {}
Middle.prototype = new Base();
Middle.prototype.offset = 7;
function Leaf(w, h) { this.w = w; this.h = h; }
Leaf.prototype = new Middle();

// Several constructors sharing one method name: a polymorphic call site.
function Square(s) { this.s = s; }
Square.prototype.area = function () { return this.s * this.s; };
function Rect(w, h) { this.w = w; this.h = h; }
Rect.prototype.area = function () { return this.w * this.h; };
function Tri(b, h) { this.b = b; this.h = h; }
Tri.prototype.area = function () { return (this.b * this.h) >> 1; };

function run(p) {
  var mono = makeMono(p.n), poly = makePoly(p.n), mega = makeMega(p.n);
  var leaves = [], shapes = [], i;
  for (i = 0; i < p.n; i++) {
    leaves.push(new Leaf(i & 15, 3));
    var k = i % 3;
    shapes.push(k === 0 ? new Square(i & 31) : k === 1 ? new Rect(i & 15, 5) : new Tri(i & 7, 9));
  }
  var a = 0, b = 0, c = 0, d = 0, e = 0;
  for (var r = 0; r < p.rounds; r++) {
    a = (a + sumMono(mono)) % 1000000007;
    b = (b + sumPoly(poly)) % 1000000007;
    c = (c + sumMega(mega)) % 1000000007;
    if ((r & 3) === 0) { bumpMono(mono); bumpPoly(poly); bumpMega(mega); }
    var s = 0;
    for (i = 0; i < leaves.length; i++) s += leaves[i].area() + leaves[i].offset;
    d = (d + s) % 1000000007;
    s = 0;
    for (i = 0; i < shapes.length; i++) s += shapes[i].area();
    e = (e + s) % 1000000007;
  }
  return [a, b, c, d, e].join(',');
}

var SIZES = {
  quick: { n: 4000, rounds: 15, expect: '360038000,360038000,360038000,4470000,7574355' },
  full: { n: 4000, rounds: 900, expect: '499846,499846,499846,268200000,454461300' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'inline-cache: OK ' + got : 'inline-cache: FAIL expected ' + p.expect + ' got ' + got);
})();
