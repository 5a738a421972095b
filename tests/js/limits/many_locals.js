// A function with many live locals and a long argument list.
function manyArgs(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9) {
  return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9;
}
console.log(manyArgs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
const args = [];
for (let i = 0; i < 5000; i++) args.push(i);
console.log(Math.max.apply(null, args), manyArgs.apply(null, args));
function sumArgs() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
console.log(sumArgs.apply(null, args));
