// dictionary.js: objects used as hash maps, the way real programs misuse
// them: thousands of computed string and integer-like keys, deletes that
// push objects into dictionary (slow) mode, `in` checks, for-in
// enumeration, and an object that grows past any fast-mode limit. Also a
// symbol table with nested scopes that looks names up along a chain of
// dictionary objects.
// Covers: keyed loads/stores with string keys, delete, `in`, for-in order,
// hasOwnProperty, dictionary-mode property storage.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function Random(seed) { this.seed = seed; }
Random.prototype.next = function () {
  this.seed = (this.seed * 16807) % 2147483647;
  return this.seed;
};

function Scope(parent) { this.vars = {}; this.parent = parent; }
Scope.prototype.define = function (name, value) { this.vars[name] = value; };
Scope.prototype.lookup = function (name) {
  for (var s = this; s !== null; s = s.parent) {
    if (name in s.vars) return s.vars[name];
  }
  return -1;
};

function run(p) {
  var rng = new Random(99), check = 0, i, k;
  for (var round = 0; round < p.rounds; round++) {
    // A map with string keys, churned by inserts and deletes.
    var map = {}, size = 0;
    for (i = 0; i < p.keys; i++) {
      k = 'key' + (rng.next() % (p.keys * 2));
      if (map.hasOwnProperty(k)) { map[k] += 1; }
      else { map[k] = 1; size++; }
      if (i % 3 === 0) {
        var victim = 'key' + (rng.next() % (p.keys * 2));
        if (victim in map) { delete map[victim]; size--; }
      }
    }
    var enumerated = 0, total = 0;
    for (k in map) { enumerated++; total += map[k]; }
    if (enumerated !== size) return 'size mismatch ' + enumerated + ' vs ' + size;
    check = (check + size * 7 + total) % 1000000007;

    // An object with integer-like keys (sparse index properties).
    var sparse = {};
    for (i = 0; i < p.keys; i++) sparse[(rng.next() % 100000) * 7] = i;
    var hits = 0;
    for (i = 0; i < p.keys; i++) if (sparse[i * 7] !== undefined) hits += sparse[i * 7] & 255;
    check = (check + hits) % 1000000007;

    // Records that start in fast mode and lose properties.
    var recs = [];
    for (i = 0; i < 200; i++) {
      var r = { a: i, b: i + 1, c: i + 2, d: i + 3, e: i + 4 };
      if (i % 2 === 0) delete r.b;
      if (i % 5 === 0) delete r.d;
      recs.push(r);
    }
    var s = 0;
    for (var rep = 0; rep < 20; rep++) {
      for (i = 0; i < recs.length; i++) {
        var rr = recs[i];
        s += rr.a + rr.c + rr.e + (rr.b === undefined ? 1 : rr.b) + ('d' in rr ? rr.d : 2);
      }
    }
    check = (check + s) % 1000000007;

    // Nested scopes resolved through dictionary lookups.
    var scope = new Scope(null);
    for (i = 0; i < 50; i++) scope.define('g' + i, i);
    for (var depth = 0; depth < 6; depth++) {
      scope = new Scope(scope);
      for (i = 0; i < 10; i++) scope.define('v' + depth + '_' + i, depth * 10 + i);
    }
    var names = [];
    for (i = 0; i < 50; i++) names.push('g' + i);
    for (i = 0; i < 60; i++) names.push('v' + (i % 6) + '_' + (i % 10));
    names.push('missing');
    var found = 0;
    for (rep = 0; rep < p.lookups; rep++) {
      for (i = 0; i < names.length; i++) found += scope.lookup(names[i]);
    }
    check = (check + found) % 1000000007;
  }
  return check;
}

var SIZES = {
  quick: { rounds: 2, keys: 5000, lookups: 20, expect: '3745356' },
  full: { rounds: 30, keys: 20000, lookups: 40, expect: '73642607' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'dictionary: OK ' + got : 'dictionary: FAIL expected ' + p.expect + ' got ' + got);
})();
