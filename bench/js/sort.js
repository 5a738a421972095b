// sort.js: sorts pseudo-random arrays of integers with our own quicksort,
// merge sort, heap sort and insertion sort, sorts strings with
// Array.prototype.sort and a comparator, and checks every result is ordered.
// Covers: array element loads/stores, swaps, comparisons, temporary arrays,
// a builtin calling back into JS.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function Random(seed) { this.seed = seed; }
// Park-Miller minimal standard generator: exact in doubles.
Random.prototype.next = function () {
  this.seed = (this.seed * 16807) % 2147483647;
  return this.seed;
};

function randomArray(rng, n, range) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(rng.next() % range);
  return a;
}

function insertionSort(a, lo, hi) {
  for (var i = lo + 1; i <= hi; i++) {
    var v = a[i], j = i - 1;
    while (j >= lo && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
}

function quickSort(a, lo, hi) {
  while (hi - lo > 16) {
    var mid = (lo + hi) >> 1;
    // Median of three as pivot.
    if (a[mid] < a[lo]) { var t = a[mid]; a[mid] = a[lo]; a[lo] = t; }
    if (a[hi] < a[lo]) { t = a[hi]; a[hi] = a[lo]; a[lo] = t; }
    if (a[hi] < a[mid]) { t = a[hi]; a[hi] = a[mid]; a[mid] = t; }
    var pivot = a[mid], i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) { t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    // Recurse into the smaller half, loop on the larger one.
    if (j - lo < hi - i) { quickSort(a, lo, j); lo = i; }
    else { quickSort(a, i, hi); hi = j; }
  }
  insertionSort(a, lo, hi);
}

function mergeSort(a) {
  var n = a.length, src = a.slice(0), dst = [];
  for (var i = 0; i < n; i++) dst.push(0);
  for (var width = 1; width < n; width *= 2) {
    for (var lo = 0; lo < n; lo += 2 * width) {
      var mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      var l = lo, r = mid, k = lo;
      while (l < mid && r < hi) dst[k++] = src[l] <= src[r] ? src[l++] : src[r++];
      while (l < mid) dst[k++] = src[l++];
      while (r < hi) dst[k++] = src[r++];
    }
    var t = src; src = dst; dst = t;
  }
  return src;
}

function heapSort(a) {
  var n = a.length;
  function siftDown(start, end) {
    var root = start;
    while (2 * root + 1 <= end) {
      var child = 2 * root + 1;
      if (child + 1 <= end && a[child] < a[child + 1]) child++;
      if (a[root] >= a[child]) return;
      var t = a[root]; a[root] = a[child]; a[child] = t;
      root = child;
    }
  }
  for (var s = (n - 2) >> 1; s >= 0; s--) siftDown(s, n - 1);
  for (var end = n - 1; end > 0; end--) {
    var t = a[0]; a[0] = a[end]; a[end] = t;
    siftDown(0, end - 1);
  }
}

function checksum(a) {
  var h = 0;
  for (var i = 0; i < a.length; i++) {
    if (i > 0 && a[i - 1] > a[i]) return -1;
    h = (h * 31 + (typeof a[i] === 'string' ? a[i].length : a[i])) % 1000000007;
  }
  return h;
}

function makeWord(rng) {
  var len = 3 + rng.next() % 6, s = '';
  for (var i = 0; i < len; i++) s += String.fromCharCode(97 + rng.next() % 26);
  return s;
}

function run(p) {
  var rng = new Random(42), out = [];
  for (var r = 0; r < p.rounds; r++) {
    var a = randomArray(rng, p.n, 1000000);
    var b = a.slice(0);
    quickSort(b, 0, b.length - 1);
    var m = mergeSort(a);
    var h = a.slice(0);
    heapSort(h);
    var small = randomArray(rng, p.small, 1000);
    insertionSort(small, 0, small.length - 1);
    var words = [];
    for (var i = 0; i < p.words; i++) words.push(makeWord(rng));
    words.sort(function (x, y) { return x < y ? -1 : x > y ? 1 : 0; });
    out = [checksum(b), checksum(m), checksum(h), checksum(small), checksum(words), words[0], words[words.length - 1]];
  }
  return out.join(',');
}

var SIZES = {
  quick: { rounds: 1, n: 20000, small: 500, words: 5000, expect: '323441495,323441495,323441495,241829375,136645361,aabjrnuq,zzmzzio' },
  full: { rounds: 3, n: 60000, small: 2000, words: 20000, expect: '345678417,345678417,345678417,493815892,962017708,aaam,zzzndmrd' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'sort: OK ' + got : 'sort: FAIL expected ' + p.expect + ' got ' + got);
})();
