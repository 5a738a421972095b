// Infinite generators are consumed lazily; break out of for-of closes them
// (their finally blocks run).
function* naturals() {
  let n = 0;
  try {
    while (true) yield n++;
  } finally {
    console.log('naturals closed at', n);
  }
}
for (const n of naturals()) {
  if (n > 4) break;
  console.log(n);
}
function* take(n, it) {
  for (const x of it) {
    if (n-- <= 0) return;
    yield x;
  }
}
console.log([...take(3, naturals())]);
function* fib() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
console.log([...take(15, fib())]);
