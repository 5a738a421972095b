// queens.js: counts every placement of N non-attacking queens by recursive
// backtracking over arrays of booleans (columns and both diagonals), and
// records the first solution found. Covers: recursion, array element access
// with computed indices, boolean arrays.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function Board(n) {
  this.n = n;
  this.cols = [];
  this.diag1 = [];
  this.diag2 = [];
  this.placed = [];
  this.first = null;
  this.count = 0;
  for (var i = 0; i < n; i++) { this.cols.push(false); this.placed.push(-1); }
  for (i = 0; i < 2 * n; i++) { this.diag1.push(false); this.diag2.push(false); }
}

Board.prototype.solve = function (row) {
  var n = this.n;
  if (row === n) {
    this.count++;
    if (this.first === null) this.first = this.placed.slice(0);
    return;
  }
  for (var c = 0; c < n; c++) {
    var d1 = row + c, d2 = row - c + n;
    if (!this.cols[c] && !this.diag1[d1] && !this.diag2[d2]) {
      this.cols[c] = true; this.diag1[d1] = true; this.diag2[d2] = true;
      this.placed[row] = c;
      this.solve(row + 1);
      this.cols[c] = false; this.diag1[d1] = false; this.diag2[d2] = false;
    }
  }
};

function run(p) {
  var counts = [], first = null;
  for (var n = p.from; n <= p.to; n++) {
    var b = new Board(n);
    b.solve(0);
    counts.push(b.count);
    first = b.first;
  }
  return counts.join(',') + ',' + first.join('');
}

var SIZES = {
  quick: { from: 4, to: 9, expect: '2,10,4,40,92,352,025713864' },
  full: { from: 4, to: 12, expect: '2,10,4,40,92,352,724,2680,14200,02479115101683' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'queens: OK ' + got : 'queens: FAIL expected ' + p.expect + ' got ' + got);
})();
