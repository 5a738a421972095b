// labels through switch and try/finally
out: for (const x of [1, 2, 3]) {
  switch (x) {
    case 1: continue out;
    case 2: try { break out; } finally { console.log('finally on break', x); }
  }
}
a: b: c: for (;;) { break b; }
console.log('done');
