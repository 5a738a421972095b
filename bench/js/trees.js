// trees.js: builds complete binary trees top-down, walks them to count and
// checksum their nodes, and drops them, while one long-lived tree stays
// alive. Covers: recursion, allocation of small objects, young-generation GC
// with a live old tree.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function TreeNode(left, right, value) {
  this.left = left;
  this.right = right;
  this.value = value;
}

function build(depth, value) {
  if (depth === 0) return new TreeNode(null, null, value);
  return new TreeNode(build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1), value);
}

function check(node) {
  if (node.left === null) return 1;
  return 1 + check(node.left) + check(node.right);
}

function weigh(node, depth) {
  if (node.left === null) return node.value % 7;
  return (node.value % 3) * depth + weigh(node.left, depth + 1) - weigh(node.right, depth + 1);
}

function run(p) {
  var longLived = build(p.maxDepth, 1);
  var total = 0, weight = 0;
  for (var depth = p.minDepth; depth <= p.maxDepth; depth += 2) {
    var iterations = 1 << (p.maxDepth - depth + p.minDepth);
    for (var i = 0; i < iterations; i++) {
      var t = build(depth, i);
      total += check(t);
      if ((i & 63) === 0) weight += weigh(t, 0);
    }
  }
  return total + ',' + weight + ',' + check(longLived);
}

var SIZES = {
  quick: { minDepth: 4, maxDepth: 12, expect: '649904,-9419,8191' },
  full: { minDepth: 4, maxDepth: 15, expect: '6247776,-24814,65535' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'trees: OK ' + got : 'trees: FAIL expected ' + p.expect + ' got ' + got);
})();
