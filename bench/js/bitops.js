// bitops.js: int32 bit manipulation: a table-driven CRC-32 over a stream of
// xorshift pseudo-random bytes, population counts, and bit reversal.
// Covers: int32 arithmetic and shifts (<<, >>, >>>, &, |, ^), a small
// lookup table. Results stay int32 or uint32.
// ES5 only.
var print_ = typeof print === 'function' ? print : console.log;
var SCALE_ = typeof BENCH_SCALE === 'string' ? BENCH_SCALE : 'full';

function makeCrcTable() {
  var table = [];
  for (var n = 0; n < 256; n++) {
    var c = n;
    for (var k = 0; k < 8; k++) c = (c & 1) ? (0xEDB88320 ^ (c >>> 1)) : (c >>> 1);
    table.push(c | 0);
  }
  return table;
}

function popcount(x) {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0F0F0F0F;
  x = x + (x >>> 8);
  x = x + (x >>> 16);
  return x & 0x3F;
}

function reverseBits(x) {
  var r = 0;
  for (var i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x = x >>> 1; }
  return r;
}

function run(p) {
  var table = makeCrcTable();
  var crc = -1, state = 2463534242 | 0, bits = 0, rev = 0;
  for (var i = 0; i < p.words; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    var w = state;
    for (var b = 0; b < 4; b++) {
      crc = table[(crc ^ w) & 0xFF] ^ (crc >>> 8);
      w = w >>> 8;
    }
    bits += popcount(state);
    if ((i & 15) === 0) rev ^= reverseBits(state);
  }
  return ((crc ^ -1) >>> 0) + ',' + bits + ',' + (rev >>> 0);
}

var SIZES = {
  quick: { words: 300000, expect: '2761231559,4800189,3307285136' },
  full: { words: 4000000, expect: '1345566987,63998348,3208561825' }
};
(function () {
  var p = SIZES[SCALE_], got = String(run(p));
  print_(got === p.expect ? 'bitops: OK ' + got : 'bitops: FAIL expected ' + p.expect + ' got ' + got);
})();
