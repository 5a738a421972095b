// mandelbrot.js: escape-time iteration of the Mandelbrot set over a grid of
// points. Covers: tight loops on doubles (mul, add, compare), no allocation.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function mandelbrot(size, maxIter) {
  var inside = 0, iterSum = 0, rowHash = 0;
  for (var y = 0; y < size; y++) {
    var ci = 2.0 * y / size - 1.0;
    var row = 0;
    for (var x = 0; x < size; x++) {
      var cr = 2.5 * x / size - 2.0;
      var zr = 0.0, zi = 0.0, zr2 = 0.0, zi2 = 0.0;
      var i = 0;
      while (i < maxIter && zr2 + zi2 <= 4.0) {
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        zr2 = zr * zr;
        zi2 = zi * zi;
        i++;
      }
      if (i === maxIter) { inside++; row = (row * 2 + 1) % 65521; }
      else row = (row * 2) % 65521;
      iterSum += i;
    }
    rowHash = (rowHash * 31 + row) % 1000000007;
  }
  return inside + ',' + iterSum + ',' + rowHash;
}

function run(p) {
  var r = '';
  for (var k = 0; k < p.repeat; k++) r = mandelbrot(p.size, p.maxIter);
  return r;
}

var SIZES = {
  quick: { size: 150, maxIter: 100, repeat: 1, expect: '6999,807691,646841016' },
  full: { size: 600, maxIter: 150, repeat: 1, expect: '110492,18440229,255918893' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'mandelbrot: OK ' + got : 'mandelbrot: FAIL expected ' + p.expect + ' got ' + got);
})();
