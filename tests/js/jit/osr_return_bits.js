// A frame pushed by the interpreter loop returns through the bits in its
// frame type (the caller's call size, the setter bit): they must survive
// OSR into baseline code mid-call, for setters (whose result is the value
// stored), getters, and calls whose instruction has a Wide prefix.
var o = {
  set v(n) { var s = 0; for (var i = 0; i < n; i++) s += i; this.s = s; return 'ignored'; },
  get g() { var s = 0; for (var i = 0; i < 20000; i++) s += i; return s; }
};
function hot(n) { var s = 0; for (var i = 0; i < n; i++) s += i % 7; return s; }
function f(n) { var r = (o.v = n); return [r, o.s, o.g]; }
console.log(f(30000), f(5), f(100000));
function wide(n) {
  var w0 = 0, w1 = 1, w2 = 2, w3 = 3, w4 = 4, w5 = 5, w6 = 6, w7 = 7, w8 = 8, w9 = 9;
  var w10 = 10, w11 = 11, w12 = 12, w13 = 13, w14 = 14, w15 = 15, w16 = 16, w17 = 17, w18 = 18, w19 = 19;
  var w20 = 20, w21 = 21, w22 = 22, w23 = 23, w24 = 24, w25 = 25, w26 = 26, w27 = 27, w28 = 28, w29 = 29;
  var w30 = 30, w31 = 31, w32 = 32, w33 = 33, w34 = 34, w35 = 35, w36 = 36, w37 = 37, w38 = 38, w39 = 39;
  var w40 = 40, w41 = 41, w42 = 42, w43 = 43, w44 = 44, w45 = 45, w46 = 46, w47 = 47, w48 = 48, w49 = 49;
  var w50 = 50, w51 = 51, w52 = 52, w53 = 53, w54 = 54, w55 = 55, w56 = 56, w57 = 57, w58 = 58, w59 = 59;
  var w60 = 60, w61 = 61, w62 = 62, w63 = 63, w64 = 64, w65 = 65, w66 = 66, w67 = 67, w68 = 68, w69 = 69;
  var w70 = 70, w71 = 71, w72 = 72, w73 = 73, w74 = 74, w75 = 75, w76 = 76, w77 = 77, w78 = 78, w79 = 79;
  var w80 = 80, w81 = 81, w82 = 82, w83 = 83, w84 = 84, w85 = 85, w86 = 86, w87 = 87, w88 = 88, w89 = 89;
  var w90 = 90, w91 = 91, w92 = 92, w93 = 93, w94 = 94, w95 = 95, w96 = 96, w97 = 97, w98 = 98, w99 = 99;
  var w100 = 100, w101 = 101, w102 = 102, w103 = 103, w104 = 104, w105 = 105, w106 = 106, w107 = 107, w108 = 108, w109 = 109;
  var w110 = 110, w111 = 111, w112 = 112, w113 = 113, w114 = 114, w115 = 115, w116 = 116, w117 = 117, w118 = 118, w119 = 119;
  var w120 = 120, w121 = 121, w122 = 122, w123 = 123, w124 = 124, w125 = 125, w126 = 126, w127 = 127, w128 = 128, w129 = 129;
  var w130 = 130, w131 = 131, w132 = 132, w133 = 133, w134 = 134, w135 = 135, w136 = 136, w137 = 137, w138 = 138, w139 = 139;
  var r1 = hot(n + w139), r2 = (o.v = n + w138), r3 = o.g;
  return [r1, r2, o.s, r3, w0 + w139];
}
console.log(wide(40000), wide(3));
