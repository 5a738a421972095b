// listchurn.js: linked-list churn. Keeps a window of live singly linked
// lists; each step builds a new list, reverses, filters and merges lists,
// and drops the oldest, so most cells die young but a steady population
// survives several scavenges.
// Covers: allocation of small objects, short-lived garbage, pointer stores,
// promotion of survivors.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function Cell(value, next) {
  this.value = value;
  this.next = next;
}

function build(n, seed) {
  var head = null;
  for (var i = 0; i < n; i++) {
    seed = (seed * 1103 + 12345) % 65536;
    head = new Cell(seed, head);
  }
  return head;
}

function reverse(list) {
  var prev = null;
  while (list !== null) {
    var next = list.next;
    list.next = prev;
    prev = list;
    list = next;
  }
  return prev;
}

// A new list of the cells whose values pass, copied.
function filterCopy(list, mod) {
  var head = null, tail = null;
  for (; list !== null; list = list.next) {
    if (list.value % mod !== 0) continue;
    var c = new Cell(list.value, null);
    if (tail === null) head = c; else tail.next = c;
    tail = c;
  }
  return head;
}

function sum(list) {
  var s = 0, n = 0;
  for (; list !== null; list = list.next) { s = (s + list.value) % 1000000007; n++; }
  return s * 1000 + n % 1000;
}

function sortedMerge(a, b) {
  var head = new Cell(0, null), tail = head;
  while (a !== null && b !== null) {
    if (a.value <= b.value) { tail.next = new Cell(a.value, null); a = a.next; }
    else { tail.next = new Cell(b.value, null); b = b.next; }
    tail = tail.next;
  }
  tail.next = a !== null ? a : b;
  return head.next;
}

function insertSorted(list, value) {
  if (list === null || value <= list.value) return new Cell(value, list);
  var p = list;
  while (p.next !== null && p.next.value < value) p = p.next;
  p.next = new Cell(value, p.next);
  return list;
}

function run(p) {
  var window = [], check = 0, sorted = null;
  for (var i = 0; i < p.window; i++) window.push(null);
  for (var step = 0; step < p.steps; step++) {
    var slot = step % p.window;
    var list = build(p.length, step);
    list = reverse(list);
    var odd = filterCopy(list, 3);
    check = (check + sum(odd)) % 1000000007;
    window[slot] = list;
    if ((step & 7) === 0) {
      var other = window[(slot + 1) % p.window];
      if (other !== null) check = (check + sum(sortedMerge(filterCopy(list, 5), filterCopy(other, 7)))) % 1000000007;
    }
    if (step % 50 === 0) {
      sorted = null;
      for (var c = list; c !== null; c = c.next) if (c.value % 4 === 0) sorted = insertSorted(sorted, c.value);
      check = (check + sum(sorted)) % 1000000007;
    }
  }
  var live = 0;
  for (i = 0; i < p.window; i++) live = (live + sum(window[i])) % 1000000007;
  return check + ',' + live;
}

var SIZES = {
  quick: { steps: 400, length: 1000, window: 20, expect: '969200267,359307394' },
  full: { steps: 6000, length: 1000, window: 40, expect: '14595194,156694816' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'listchurn: OK ' + got : 'listchurn: FAIL expected ' + p.expect + ' got ' + got);
})();
