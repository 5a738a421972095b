// splay.js: a top-down splay tree (our own implementation) holding many live
// nodes, each carrying a small payload object graph. Every step inserts a
// fresh key and removes an old one, so the tree stays the same size while its
// nodes age; the payloads die young or get promoted.
// Covers: allocation and GC with a large live old generation, pointer
// chasing, write barriers on old-to-young stores.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function SplayNode(key, value) {
  this.key = key;
  this.value = value;
  this.left = null;
  this.right = null;
}

function SplayTree() {
  this.root = null;
  this.size = 0;
}

// Top-down splay: brings the node with `key` (or the last node on its
// search path) to the root.
SplayTree.prototype.splay = function (key) {
  if (this.root === null) return;
  var header = new SplayNode(0, null), left = header, right = header, t = this.root, y;
  for (;;) {
    if (key < t.key) {
      if (t.left === null) break;
      if (key < t.left.key) {
        y = t.left; t.left = y.right; y.right = t; t = y;   // rotate right
        if (t.left === null) break;
      }
      right.left = t; right = t; t = t.left;                // link right
    } else if (key > t.key) {
      if (t.right === null) break;
      if (key > t.right.key) {
        y = t.right; t.right = y.left; y.left = t; t = y;   // rotate left
        if (t.right === null) break;
      }
      left.right = t; left = t; t = t.right;                // link left
    } else {
      break;
    }
  }
  left.right = t.left;
  right.left = t.right;
  t.left = header.right;
  t.right = header.left;
  this.root = t;
};

SplayTree.prototype.insert = function (key, value) {
  if (this.root === null) { this.root = new SplayNode(key, value); this.size++; return true; }
  this.splay(key);
  if (this.root.key === key) return false;
  var node = new SplayNode(key, value);
  if (key > this.root.key) {
    node.left = this.root; node.right = this.root.right; this.root.right = null;
  } else {
    node.right = this.root; node.left = this.root.left; this.root.left = null;
  }
  this.root = node;
  this.size++;
  return true;
};

SplayTree.prototype.remove = function (key) {
  if (this.root === null) return null;
  this.splay(key);
  if (this.root.key !== key) return null;
  var removed = this.root;
  if (removed.left === null) {
    this.root = removed.right;
  } else {
    var right = removed.right;
    this.root = removed.left;
    this.splay(key);          // the largest key of the left subtree comes up
    this.root.right = right;
  }
  this.size--;
  return removed;
};

// The node with the smallest key greater than `key`, or null.
SplayTree.prototype.findGreater = function (key) {
  if (this.root === null) return null;
  this.splay(key);
  if (this.root.key > key) return this.root;
  var n = this.root.right;
  if (n === null) return null;
  while (n.left !== null) n = n.left;
  return n;
};

function Random(seed) { this.seed = seed; }
Random.prototype.next = function () {
  this.seed = (this.seed * 16807) % 2147483647;
  return this.seed;
};

function makePayload(key, depth) {
  if (depth === 0) return { key: key, data: [key, key + 1, key + 2] };
  return { left: makePayload(key, depth - 1), right: makePayload(key + 1, depth - 1) };
}

function inorderCheck(node, acc) {
  // Iterative in-order walk: checks order and sums keys.
  var stack = [], prev = -1, n = node, count = 0, sum = 0;
  while (stack.length > 0 || n !== null) {
    while (n !== null) { stack.push(n); n = n.left; }
    n = stack.pop();
    if (n.key <= prev) return -1;
    prev = n.key;
    count++;
    sum = (sum + n.key) % 1000000007;
    n = n.right;
  }
  acc.push(count, sum);
  return 0;
}

function run(p) {
  var rng = new Random(2024), tree = new SplayTree(), removed = 0, payloadCheck = 0;
  while (tree.size < p.live) {
    var key = rng.next();
    tree.insert(key, makePayload(key, p.payloadDepth));
  }
  for (var i = 0; i < p.steps; i++) {
    key = rng.next();
    if (tree.insert(key, makePayload(key, p.payloadDepth))) {
      var victim = tree.findGreater(key);
      if (victim === null) victim = tree.findGreater(-1);
      var r = tree.remove(victim.key);
      if (r !== null) removed++;
      var v = r.value;
      while (v.left !== undefined) v = v.left;
      payloadCheck = (payloadCheck + v.data[2] - v.key) % 1000000007;
    }
  }
  var acc = [];
  if (inorderCheck(tree.root, acc) < 0) return 'tree out of order';
  return acc.join(',') + ',' + removed + ',' + payloadCheck;
}

var SIZES = {
  quick: { live: 4000, steps: 6000, payloadDepth: 2, expect: '4000,233380248,6000,12000' },
  full: { live: 20000, steps: 70000, payloadDepth: 2, expect: '20000,164040296,70000,140000' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'splay: OK ' + got : 'splay: FAIL expected ' + p.expect + ' got ' + got);
})();
