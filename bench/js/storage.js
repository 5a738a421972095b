// storage.js: a storage tree of arrays. Repeatedly builds trees whose
// interior nodes are arrays of children and whose leaves are arrays of
// numbers, keeps the last few trees alive in a ring, and walks them.
// Covers: array allocation of many sizes, arrays of arrays, GC of array-heavy
// heaps with a ring of survivors, element loads in nested loops.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function makeTree(depth, fanout, seed) {
  if (depth === 0) {
    var leaf = [], n = 4 + seed % 13;
    for (var i = 0; i < n; i++) leaf.push((seed + i * 7) % 101);
    return leaf;
  }
  var node = new Array(fanout);
  for (var j = 0; j < fanout; j++) node[j] = makeTree(depth - 1, fanout, seed * 3 + j);
  return node;
}

function walk(tree, depth) {
  var s = 0, i;
  if (depth === 0) {
    for (i = 0; i < tree.length; i++) s += tree[i];
    return s;
  }
  for (i = 0; i < tree.length; i++) s += walk(tree[i], depth - 1);
  return s % 1000000007;
}

function run(p) {
  var ring = [], check = 0;
  for (var i = 0; i < p.ring; i++) ring.push(null);
  for (var k = 0; k < p.trees; k++) {
    var t = makeTree(p.depth, p.fanout, k);
    ring[k % p.ring] = t;
    check = (check + walk(t, p.depth)) % 1000000007;
    // Touch a survivor: replace one of its leaves with a fresh array.
    var old = ring[(k + 1) % p.ring];
    if (old !== null) {
      var node = old;
      for (var d = 1; d < p.depth; d++) node = node[k % p.fanout];
      node[(k >> 1) % p.fanout] = makeTree(0, p.fanout, k);
    }
  }
  for (i = 0; i < p.ring; i++) check = (check + walk(ring[i], p.depth)) % 1000000007;
  return check;
}

var SIZES = {
  quick: { trees: 25, depth: 6, fanout: 4, ring: 6, expect: '63484206' },
  full: { trees: 300, depth: 6, fanout: 4, ring: 12, expect: '638974620' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'storage: OK ' + got : 'storage: FAIL expected ' + p.expect + ' got ' + got);
})();
