// labeled break and continue across nested loops and blocks
outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log(i, j);
  }
}
block: { console.log('in block'); if (true) break block; console.log('never'); }
let n = 0;
loop: while (true) { do { n++; if (n > 3) break loop; continue loop; } while (false); }
console.log(n);
