// sieve.js: the sieve of Eratosthenes over a plain array of flags, repeated,
// then a pass that sums the primes and the gaps between them in int32
// arithmetic. Covers: int32 loops, array element loads and stores, array
// growth by push.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function sieve(limit) {
  var flags = [];
  for (var i = 0; i <= limit; i++) flags.push(1);
  flags[0] = 0;
  flags[1] = 0;
  for (var p = 2; p * p <= limit; p++) {
    if (flags[p] === 1) {
      for (var m = p * p; m <= limit; m += p) flags[m] = 0;
    }
  }
  return flags;
}

function summarize(flags) {
  var count = 0, sum = 0, maxGap = 0, last = 2, twins = 0;
  for (var i = 2; i < flags.length; i++) {
    if (flags[i] === 1) {
      count++;
      sum = (sum + i) | 0;
      var gap = i - last;
      if (gap > maxGap) maxGap = gap;
      if (gap === 2) twins++;
      last = i;
    }
  }
  return [count, sum, maxGap, twins];
}

function run(p) {
  var r = null;
  for (var k = 0; k < p.repeat; k++) r = summarize(sieve(p.limit));
  return r.join(',');
}

var SIZES = {
  quick: { limit: 300000, repeat: 1, expect: '25997,-585460182,86,2994' },
  full: { limit: 1000000, repeat: 8, expect: '78498,-1104303641,114,8169' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'sieve: OK ' + got : 'sieve: FAIL expected ' + p.expect + ' got ' + got);
})();
