// A chain of 1000 nested closures, each capturing the previous one.
let f = () => 0;
for (let i = 1; i <= 1000; i++) {
  const prev = f;
  const k = i;
  f = () => prev() + k;
}
console.log(f());
let g = 0;
for (let i = 0; i < 200; i++) {
  g = (function (inner, n) { return function () { return (inner ? inner() : 0) + n; }; })(g || null, i);
}
console.log(g());
