// Long-running loops in a function called once: the interpreter moves the
// running frame into baseline code at the loop header (OSR). The results,
// the exceptions and the `this` of a constructor are the same either way.
function sum(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i * 7) % 1000003; return s; }
console.log(sum(500000));
function nested(n) {
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < 100; j++) s += (i ^ j) & 3;
  return s;
}
console.log(nested(5000));
function throwsLate(n) { let s = 0; for (let i = 0; i < n; i++) { s += i; if (i === n - 1) throw new Error('late ' + s); } }
try { throwsLate(300000); } catch (e) { console.log(e.message); }
function catchesInside(n) {
  let errors = 0;
  for (let i = 0; i < n; i++) { try { if (i % 1000 === 0) null.f(); } catch (e) { errors++; } }
  return errors;
}
console.log(catchesInside(300000));
function Builder(n) { let t = 0; for (let i = 0; i < n; i++) t += i & 1; this.t = t; }
console.log(new Builder(400000).t);
function doubles(n) { let x = 0.5; for (let i = 0; i < n; i++) x = x * 1.000001 + 0.25; return x.toFixed(3); }
console.log(doubles(300000));
