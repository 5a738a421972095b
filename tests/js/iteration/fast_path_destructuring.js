// Guards array destructuring over arrays and strings through the fast
// iteration step (ForOfStepFast): holes, defaults, rest, code points, and
// that an unexhausted iterator is still closed through a patched return().
const [a, , b = 5, ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
const [x, y] = "\u{1F600}z";
console.log(x.length, y);
let [p, q] = [1];
console.log(p, q);
const AIP = Object.getPrototypeOf([][Symbol.iterator]());
AIP.return = function () { console.log("closed"); return {}; };
const [m] = [1, 2, 3];
for (const v of [1, 2]) { break; }
delete AIP.return;
console.log(m);
