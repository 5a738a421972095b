// closures.js: closures and higher-order functions. Pipelines of
// Array.prototype map/filter/reduce/forEach/some/every with function
// expressions, our own combinators (compose, curry-by-hand, memoize), closures
// that capture and mutate their environment (counters, accumulators), and an
// event emitter dispatching to registered callbacks.
// Covers: closure creation, context-slot loads/stores, calls through function
// values, builtins calling back into JS.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function compose(f, g) { return function (x) { return f(g(x)); }; }
function adder(n) { return function (x) { return x + n; }; }
function multiplier(n) { return function (x) { return (x * n) % 1000003; }; }

function makeCounter() {
  var count = 0;
  return {
    inc: function () { count++; return count; },
    add: function (n) { count += n; return count; },
    get: function () { return count; }
  };
}

function memoize(f) {
  var cache = {};
  return function (n) {
    var key = 'k' + n;
    if (cache.hasOwnProperty(key)) return cache[key];
    var v = f(n);
    cache[key] = v;
    return v;
  };
}

function Emitter() { this.handlers = {}; }
Emitter.prototype.on = function (name, fn) {
  if (!this.handlers.hasOwnProperty(name)) this.handlers[name] = [];
  this.handlers[name].push(fn);
};
Emitter.prototype.emit = function (name, arg) {
  var hs = this.handlers[name];
  if (hs === undefined) return 0;
  for (var i = 0; i < hs.length; i++) hs[i](arg);
  return hs.length;
};

function range(n) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(i);
  return a;
}

function pipeline(data, k) {
  var f = compose(adder(k), multiplier(k + 3));
  return data
    .map(function (x) { return f(x); })
    .filter(function (x) { return (x & 1) === 0; })
    .map(function (x, i) { return x + i; })
    .reduce(function (acc, x) { return (acc + x) % 1000000007; }, 0);
}

function run(p) {
  var data = range(p.n), check = 0, i;
  for (var round = 0; round < p.rounds; round++) {
    check = (check + pipeline(data, round)) % 1000000007;

    // Closures capturing a mutable variable through forEach.
    var counter = makeCounter(), local = 0;
    data.forEach(function (x) {
      if (x % 3 === 0) counter.inc();
      else if (x % 3 === 1) counter.add(2);
      local += x & 7;
    });
    check = (check + counter.get() + local) % 1000000007;

    var big = data.some(function (x) { return x > round * 100; });
    var small = data.every(function (x) { return x >= 0; });
    if (big) check += 1;
    if (small) check += 2;

    // A chain of composed adders, built fresh each round.
    var chain = function (x) { return x; };
    for (i = 0; i < 20; i++) chain = compose(adder(i), chain);
    for (i = 0; i < 1000; i++) check = (check + chain(i)) % 1000000007;

    // Memoized recursion through a closure.
    var fibm = memoize(function (n) { return n < 2 ? n : (fibm(n - 1) + fibm(n - 2)) % 1000000007; });
    // (Filled bottom-up, so the recursion stays shallow: MuJS allows about
    // 48 frames.)
    var top = 200 + round % 50, fv = 0;
    for (i = 0; i <= top; i++) fv = fibm(i);
    check = (check + fv + fibm(top - 7)) % 1000000007;

    // Callbacks through an emitter.
    var em = new Emitter(), seen = 0;
    for (i = 0; i < 8; i++) {
      (function (j) {
        em.on(j % 2 === 0 ? 'even' : 'odd', function (v) { seen = (seen + v * (j + 1)) % 1000000007; });
      })(i);
    }
    for (i = 0; i < 2000; i++) em.emit(i % 2 === 0 ? 'even' : 'odd', i);
    check = (check + seen) % 1000000007;
  }
  return check;
}

var SIZES = {
  quick: { n: 3000, rounds: 10, expect: '224792073' },
  full: { n: 10000, rounds: 300, expect: '515938002' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'closures: OK ' + got : 'closures: FAIL expected ' + p.expect + ' got ' + got);
})();
