// A generator with more live locals than one-byte register operands reach
// (Wide SuspendGenerator/ResumeGenerator) keeps them all across yields.
const names = [];
for (let i = 0; i < 150; i++) names.push('v' + i);
// Built as source text by hand since there is no eval: the body is spelled out below.
function* wide() {
  let v0 = 0, v1 = 1, v2 = 2, v3 = 3, v4 = 4, v5 = 5, v6 = 6, v7 = 7, v8 = 8, v9 = 9;
  let w0 = 10, w1 = 11, w2 = 12, w3 = 13, w4 = 14, w5 = 15, w6 = 16, w7 = 17, w8 = 18, w9 = 19;
  let x0 = 20, x1 = 21, x2 = 22, x3 = 23, x4 = 24, x5 = 25, x6 = 26, x7 = 27, x8 = 28, x9 = 29;
  let y0 = 30, y1 = 31, y2 = 32, y3 = 33, y4 = 34, y5 = 35, y6 = 36, y7 = 37, y8 = 38, y9 = 39;
  let z0 = 40, z1 = 41, z2 = 42, z3 = 43, z4 = 44, z5 = 45, z6 = 46, z7 = 47, z8 = 48, z9 = 49;
  let a0 = 50, a1 = 51, a2 = 52, a3 = 53, a4 = 54, a5 = 55, a6 = 56, a7 = 57, a8 = 58, a9 = 59;
  let b0 = 60, b1 = 61, b2 = 62, b3 = 63, b4 = 64, b5 = 65, b6 = 66, b7 = 67, b8 = 68, b9 = 69;
  let c0 = 70, c1 = 71, c2 = 72, c3 = 73, c4 = 74, c5 = 75, c6 = 76, c7 = 77, c8 = 78, c9 = 79;
  let d0 = 80, d1 = 81, d2 = 82, d3 = 83, d4 = 84, d5 = 85, d6 = 86, d7 = 87, d8 = 88, d9 = 89;
  let e0 = 90, e1 = 91, e2 = 92, e3 = 93, e4 = 94, e5 = 95, e6 = 96, e7 = 97, e8 = 98, e9 = 99;
  let f0 = 100, f1 = 101, f2 = 102, f3 = 103, f4 = 104, f5 = 105, f6 = 106, f7 = 107, f8 = 108, f9 = 109;
  let g0 = 110, g1 = 111, g2 = 112, g3 = 113, g4 = 114, g5 = 115, g6 = 116, g7 = 117, g8 = 118, g9 = 119;
  let h0 = { big: 'object' }, h1 = 'string', h2 = [1, 2, 3], h3 = 1.5, h4 = null;
  yield v0 + w1 + x2 + y3 + z4 + a5 + b6 + c7 + d8 + e9 + f0 + g9;
  v0 += 1000; g9 += 1000;
  yield [v0, g9, h0.big, h1, h2.length, h3, h4];
  let sum = v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + w0 + w1 + w2 + w3 + w4 + w5 + w6 + w7 + w8 + w9;
  sum += x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + y0 + y1 + y2 + y3 + y4 + y5 + y6 + y7 + y8 + y9;
  sum += z0 + z1 + z2 + z3 + z4 + z5 + z6 + z7 + z8 + z9 + a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9;
  sum += b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9 + c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9;
  sum += d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8 + d9 + e0 + e1 + e2 + e3 + e4 + e5 + e6 + e7 + e8 + e9;
  sum += f0 + f1 + f2 + f3 + f4 + f5 + f6 + f7 + f8 + f9 + g0 + g1 + g2 + g3 + g4 + g5 + g6 + g7 + g8 + g9;
  return sum;
}
console.log(names.length, [...wide()]);
const it = wide();
it.next(); it.next();
console.log(it.next());
