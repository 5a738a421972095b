// constraints.js: a finite-domain constraint solver (our own design): domains
// are int32 bit sets, constraints are objects of five "classes" sharing one
// interface (propagate), and a depth-first search with a trail counts every
// solution of a few puzzles: N-queens, a 3x3 magic square,
// SEND+MORE=MONEY and Golomb rulers.
// Covers: OO simulation, polymorphic method calls at one site (propagate),
// int32 bit manipulation, arrays as work queues.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function bitCount(m) {
  var n = 0;
  while (m !== 0) { m = m & (m - 1); n++; }
  return n;
}
function minOf(m) { var v = 0; while ((m & 1) === 0) { m = m >>> 1; v++; } return v; }
function maxOf(m) { var v = 31; while ((m & (1 << v)) === 0) v--; return v; }
function isSingle(m) { return m !== 0 && (m & (m - 1)) === 0; }
// Bits v with lo <= v <= hi (0 <= lo, hi <= 30).
function rangeMask(lo, hi) {
  if (lo < 0) lo = 0;
  if (hi > 30) hi = 30;
  if (lo > hi) return 0;
  return ((1 << (hi + 1)) - 1) & ~((1 << lo) - 1);
}

function Solver(nvars, lo, hi) {
  this.dom = [];
  this.watch = [];
  for (var i = 0; i < nvars; i++) { this.dom.push(rangeMask(lo, hi)); this.watch.push([]); }
  this.cons = [];
  this.queue = [];
  this.trail = [];
  this.propagations = 0;
  this.solutions = 0;
}

Solver.prototype.add = function (c) {
  c.queued = false;
  this.cons.push(c);
  for (var i = 0; i < c.vars.length; i++) this.watch[c.vars[i]].push(c);
};

// Narrows a domain; returns false on a wipe-out.
Solver.prototype.restrict = function (v, mask) {
  var d = this.dom[v], nd = d & mask;
  if (nd === d) return true;
  if (nd === 0) return false;
  this.trail.push(v, d);
  this.dom[v] = nd;
  var w = this.watch[v];
  for (var i = 0; i < w.length; i++) {
    var c = w[i];
    if (!c.queued) { c.queued = true; this.queue.push(c); }
  }
  return true;
};

Solver.prototype.propagate = function () {
  var q = this.queue, ok = true;
  while (q.length > 0) {
    var c = q.pop();
    c.queued = false;
    if (ok) {
      this.propagations++;
      ok = c.propagate(this);
    }
  }
  return ok;
};

Solver.prototype.undo = function (mark) {
  var t = this.trail;
  while (t.length > mark) {
    var d = t.pop(), v = t.pop();
    this.dom[v] = d;
  }
};

Solver.prototype.search = function () {
  // Choose the unfixed variable with the smallest domain.
  var best = -1, bestSize = 99;
  for (var v = 0; v < this.dom.length; v++) {
    var s = bitCount(this.dom[v]);
    if (s > 1 && s < bestSize) { best = v; bestSize = s; }
  }
  if (best < 0) { this.solutions++; return; }
  var d = this.dom[best];
  while (d !== 0) {
    var bit = d & -d;
    d = d & ~bit;
    var mark = this.trail.length;
    if (this.restrict(best, bit) && this.propagate()) this.search();
    this.undo(mark);
  }
};

Solver.prototype.solve = function () {
  for (var i = 0; i < this.cons.length; i++) {
    this.cons[i].queued = true;
    this.queue.push(this.cons[i]);
  }
  if (this.propagate()) this.search();
  return this.solutions;
};

// x != y + k
function NotEqual(x, y, k) { this.vars = [x, y]; this.x = x; this.y = y; this.k = k; }
NotEqual.prototype.propagate = function (s) {
  var dx = s.dom[this.x], dy = s.dom[this.y], k = this.k, v;
  if (isSingle(dx)) {
    v = minOf(dx) - k;
    if (v >= 0 && v <= 30 && !s.restrict(this.y, ~(1 << v))) return false;
  }
  if (isSingle(dy)) {
    v = minOf(dy) + k;
    if (v >= 0 && v <= 30 && !s.restrict(this.x, ~(1 << v))) return false;
  }
  return true;
};

function AllDifferent(vars) { this.vars = vars; }
AllDifferent.prototype.propagate = function (s) {
  var vars = this.vars, n = vars.length, union = 0, fixed = 0, i;
  for (i = 0; i < n; i++) {
    var d = s.dom[vars[i]];
    union |= d;
    if (isSingle(d)) {
      if ((fixed & d) !== 0) return false;
      fixed |= d;
    }
  }
  if (bitCount(union) < n) return false;
  if (fixed === 0) return true;
  for (i = 0; i < n; i++) {
    var di = s.dom[vars[i]];
    if (!isSingle(di) && !s.restrict(vars[i], ~fixed)) return false;
  }
  return true;
};

// sum(coef[i] * x[i]) == total, by bounds reasoning.
function LinearEq(coefs, vars, total) { this.coefs = coefs; this.vars = vars; this.total = total; }
LinearEq.prototype.propagate = function (s) {
  var n = this.vars.length, lo = 0, hi = 0, i, a, d;
  for (i = 0; i < n; i++) {
    a = this.coefs[i];
    d = s.dom[this.vars[i]];
    if (a > 0) { lo += a * minOf(d); hi += a * maxOf(d); }
    else { lo += a * maxOf(d); hi += a * minOf(d); }
  }
  if (lo > this.total || hi < this.total) return false;
  for (i = 0; i < n; i++) {
    a = this.coefs[i];
    d = s.dom[this.vars[i]];
    var mn = minOf(d), mx = maxOf(d), restLo, restHi, vlo, vhi;
    if (a > 0) {
      restLo = lo - a * mn; restHi = hi - a * mx;
      vlo = Math.ceil((this.total - restHi) / a); vhi = Math.floor((this.total - restLo) / a);
    } else {
      restLo = lo - a * mx; restHi = hi - a * mn;
      vlo = Math.ceil((this.total - restLo) / a); vhi = Math.floor((this.total - restHi) / a);
    }
    if (vlo > mn || vhi < mx) {
      if (!s.restrict(this.vars[i], rangeMask(vlo, vhi))) return false;
    }
  }
  return true;
};

// x < y
function LessThan(x, y) { this.vars = [x, y]; this.x = x; this.y = y; }
LessThan.prototype.propagate = function (s) {
  var maxY = maxOf(s.dom[this.y]), minX = minOf(s.dom[this.x]);
  if (!s.restrict(this.x, rangeMask(0, maxY - 1))) return false;
  return s.restrict(this.y, rangeMask(minX + 1, 30));
};

// x != value
function NotValue(x, value) { this.vars = [x]; this.x = x; this.value = value; }
NotValue.prototype.propagate = function (s) {
  return s.restrict(this.x, ~(1 << this.value));
};

function queens(n) {
  var s = new Solver(n, 0, n - 1), all = [];
  for (var i = 0; i < n; i++) {
    all.push(i);
    for (var j = i + 1; j < n; j++) {
      s.add(new NotEqual(i, j, j - i));
      s.add(new NotEqual(i, j, i - j));
    }
  }
  s.add(new AllDifferent(all));
  s.solve();
  return s;
}

function magicSquare() {
  var s = new Solver(9, 1, 9);
  s.add(new AllDifferent([0, 1, 2, 3, 4, 5, 6, 7, 8]));
  var lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
  for (var i = 0; i < lines.length; i++) s.add(new LinearEq([1, 1, 1], lines[i], 15));
  s.solve();
  return s;
}

function sendMoreMoney() {
  // S E N D M O R Y = 0..7
  var s = new Solver(8, 0, 9);
  s.add(new AllDifferent([0, 1, 2, 3, 4, 5, 6, 7]));
  s.add(new NotValue(0, 0));
  s.add(new NotValue(4, 0));
  s.add(new LinearEq([1000, 100, 10, 1, 1000, 100, 10, 1, -10000, -1000, -100, -10, -1],
                     [0, 1, 2, 3, 4, 5, 6, 1, 4, 5, 2, 1, 7], 0));
  s.solve();
  return s;
}

// Rulers with `marks` marks and length <= maxLen whose pairwise distances differ.
function golomb(marks, maxLen) {
  var npairs = marks * (marks - 1) / 2;
  var s = new Solver(marks + npairs, 0, maxLen), diffs = [], p = marks;
  s.add(new NotValue(0, 1));
  s.restrict(0, 1);
  for (var i = 0; i < marks; i++) {
    if (i + 1 < marks) s.add(new LessThan(i, i + 1));
    for (var j = i + 1; j < marks; j++) {
      s.add(new LinearEq([1, -1, -1], [j, i, p], 0));
      s.add(new NotValue(p, 0));
      diffs.push(p);
      p++;
    }
  }
  s.add(new AllDifferent(diffs));
  s.solve();
  return s;
}

function run(p) {
  var sols = [], props = 0, s;
  for (var r = 0; r < p.rounds; r++) {
    var list = [queens(p.queens), magicSquare(), sendMoreMoney(), golomb(p.marks, p.length)];
    sols = [];
    for (var i = 0; i < list.length; i++) {
      s = list[i];
      sols.push(s.solutions);
      props += s.propagations;
    }
  }
  return sols.join(',') + ',' + props;
}

var SIZES = {
  quick: { rounds: 1, queens: 7, marks: 5, length: 12, expect: '40,8,1,18,19597' },
  full: { rounds: 4, queens: 9, marks: 6, length: 18, expect: '352,8,1,16,1176924' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'constraints: OK ' + got : 'constraints: FAIL expected ' + p.expect + ' got ' + got);
})();
