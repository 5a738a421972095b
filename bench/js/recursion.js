// recursion.js: deep and wide recursion: every permutation of an array by
// Heap's algorithm, the Towers of Hanoi with real pegs (arrays, push/pop),
// the Takeuchi function and the naive Fibonacci function. Recursion
// stays under 40 frames deep: MuJS allows about 48. Covers: call overhead,
// argument passing, recursion depth, small arrays as stacks.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function Permuter(n) {
  this.a = [];
  for (var i = 0; i < n; i++) this.a.push(i + 1);
  this.count = 0;
  this.check = 0;
}
Permuter.prototype.permute = function (k) {
  if (k === 1) {
    this.count++;
    var a = this.a;
    this.check = (this.check * 7 + a[0] * 3 + a[a.length - 1]) % 1000003;
    return;
  }
  this.permute(k - 1);
  for (var i = 0; i < k - 1; i++) {
    var j = (k & 1) === 0 ? i : 0;
    var t = this.a[j];
    this.a[j] = this.a[k - 1];
    this.a[k - 1] = t;
    this.permute(k - 1);
  }
};

function hanoi(n) {
  var pegs = [[], [], []], moves = 0, check = 0;
  for (var i = n; i > 0; i--) pegs[0].push(i);
  function move(k, from, to, via) {
    if (k === 0) return;
    move(k - 1, from, via, to);
    var disk = pegs[from].pop();
    var dest = pegs[to];
    if (dest.length > 0 && dest[dest.length - 1] < disk) throw new Error('illegal move');
    dest.push(disk);
    moves++;
    check = (check + disk * (to + 1)) % 1000003;
    move(k - 1, via, to, from);
  }
  move(n, 0, 2, 1);
  return moves + ':' + check + ':' + pegs[2].length;
}

function tak(x, y, z) {
  if (y >= x) return z;
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function run(p) {
  var perm = new Permuter(p.perm);
  perm.permute(p.perm);
  return perm.count + ',' + perm.check + ',' + hanoi(p.hanoi) + ',' +
         tak(p.tak[0], p.tak[1], p.tak[2]) + ',' + fib(p.fib);
}

var SIZES = {
  quick: { perm: 8, hanoi: 15, tak: [18, 12, 6], fib: 22, expect: '40320,910316,32767:131158:15,7,17711' },
  full: { perm: 10, hanoi: 20, tak: [24, 16, 8], fib: 29, expect: '3628800,140908,1048575:194458:20,9,514229' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'recursion: OK ' + got : 'recursion: FAIL expected ' + p.expect + ' got ' + got);
})();
