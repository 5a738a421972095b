// Unlabeled break and continue in every loop form.
const out = [];
for (let i = 0; i < 10; i++) { if (i % 2) continue; if (i > 6) break; out.push(i); }
let w = 0;
while (true) { w++; if (w < 3) continue; break; }
let d = 0;
do { d++; if (d === 2) continue; } while (d < 4);
for (const k in { a: 1, b: 2, c: 3 }) { if (k === 'b') continue; out.push(k); }
for (const v of [10, 20, 30]) { if (v === 30) break; out.push(v); }
console.log(out.join(' '), w, d);
