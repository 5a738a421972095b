// scene-poly.js: a 2-D scene of four kinds of figure (circle, box, sprite,
// label), made by four constructors that lay out their fields in different
// orders, so the figures have four different shapes. The same few
// functions handle every figure: move() loads and stores x, y, vx, vy,
// bounds() and overlaps() load x, y, w, h, and the render pass calls each
// figure's own cost() method. Every such site sees exactly four shapes,
// interleaved, the most a small polymorphic inline cache usually holds.
// Covers: polymorphic (4-shape) named loads and stores, a polymorphic
// method call site, fields at different offsets per shape.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

var WIDTH = 4096, HEIGHT = 4096;
var MOD = 1000000007;

// Four layouts: x and y sit at a different index in each.
function Circle(x, y, r, vx, vy) {
  this.r = r;
  this.x = x;
  this.y = y;
  this.w = 2 * r;
  this.h = 2 * r;
  this.vx = vx;
  this.vy = vy;
  this.hits = 0;
}
Circle.prototype.cost = function () { return this.r * 3; };

function Box(x, y, w, h, vx, vy) {
  this.x = x;
  this.y = y;
  this.w = w;
  this.h = h;
  this.vx = vx;
  this.vy = vy;
  this.hits = 0;
}
Box.prototype.cost = function () { return this.w + this.h; };

function Sprite(x, y, frame, vx, vy) {
  this.frame = frame;
  this.frames = 8;
  this.vx = vx;
  this.vy = vy;
  this.x = x;
  this.y = y;
  this.w = 32;
  this.h = 48;
  this.hits = 0;
}
Sprite.prototype.cost = function () {
  this.frame = (this.frame + 1) % this.frames;
  return 40 + this.frame;
};

function Label(x, y, length, vx, vy) {
  this.length = length;
  this.size = 12;
  this.hits = 0;
  this.h = 12;
  this.w = 7 * length;
  this.vy = vy;
  this.vx = vx;
  this.y = y;
  this.x = x;
}
Label.prototype.cost = function () { return this.length * this.size; };

// The polymorphic sites: each sees all four shapes.
function move(f) {
  var x = f.x + f.vx, y = f.y + f.vy;
  if (x < 0 || x + f.w > WIDTH) { f.vx = -f.vx; x = f.x + f.vx; }
  if (y < 0 || y + f.h > HEIGHT) { f.vy = -f.vy; y = f.y + f.vy; }
  f.x = x;
  f.y = y;
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

// Accumulates the union of every figure's bounds into {box}.
function bounds(f, box) {
  if (f.x < box.x0) box.x0 = f.x;
  if (f.y < box.y0) box.y0 = f.y;
  if (f.x + f.w > box.x1) box.x1 = f.x + f.w;
  if (f.y + f.h > box.y1) box.y1 = f.y + f.h;
}

function makeScene(n) {
  var figures = [], seed = 12345;
  function rnd(m) {
    seed = (seed * 48271) % 2147483647;   // Park-Miller: exact in doubles
    return seed % m;
  }
  for (var i = 0; i < n; i++) {
    var x = rnd(WIDTH - 200), y = rnd(HEIGHT - 200), vx = rnd(15) - 7, vy = rnd(15) - 7;
    switch (i & 3) {
      case 0: figures.push(new Circle(x, y, 4 + rnd(40), vx, vy)); break;
      case 1: figures.push(new Box(x, y, 8 + rnd(90), 8 + rnd(90), vx, vy)); break;
      case 2: figures.push(new Sprite(x, y, rnd(8), vx, vy)); break;
      default: figures.push(new Label(x, y, 3 + rnd(20), vx, vy)); break;
    }
  }
  return figures;
}

function run(p) {
  var figures = makeScene(p.n), n = figures.length;
  var check = 0, i, j;
  for (var frame = 0; frame < p.frames; frame++) {
    for (i = 0; i < n; i++) move(figures[i]);

    // Collisions of each figure with the next few in the array.
    var hits = 0;
    for (i = 0; i < n; i++) {
      var a = figures[i];
      for (j = i + 1; j < n && j <= i + p.window; j++) {
        if (overlaps(a, figures[j])) {
          a.hits++;
          figures[j].hits++;
          hits++;
        }
      }
    }

    var box = { x0: WIDTH, y0: HEIGHT, x1: 0, y1: 0 };
    var cost = 0;
    for (i = 0; i < n; i++) {
      bounds(figures[i], box);
      cost += figures[i].cost();
    }
    check = (check * 31 + hits * 7 + cost + box.x0 + box.y0 * 3 + box.x1 * 5 + box.y1 * 11) % MOD;
  }
  var digest = 0;
  for (i = 0; i < n; i++) digest = (digest * 17 + figures[i].hits + figures[i].x) % MOD;
  return check + ',' + digest;
}

var SIZES = {
  quick: { n: 2000, frames: 20, window: 8, expect: '766037842,292167767' },
  full: { n: 2000, frames: 400, window: 8, expect: '4070534,887655815' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'scene-poly: OK ' + got : 'scene-poly: FAIL expected ' + p.expect + ' got ' + got);
})();
