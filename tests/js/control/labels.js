// Labeled break and continue across nested loops and blocks.
const found = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    found.push(i + '' + j);
  }
}
console.log(found.join(' '));
block: {
  console.log('in block');
  if (true) break block;
  console.log('never');
}
let n = 0;
loop: while (true) {
  do {
    n++;
    if (n > 5) break loop;
  } while (n % 2);
}
console.log(n);
a: b: for (let i = 0; i < 3; i++) { if (i === 1) continue a; if (i === 2) break b; console.log('i', i); }
