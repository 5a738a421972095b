// console.log shows generator objects and functions as node does.
function* g() { yield 1; }
const it = g();
console.log(it);
console.log(g);
console.log(function* () {});
console.log({ *m() {} }.m);
console.log([g, it]);
console.log({ gen: it });
class K { static *s() {} }
console.log(K.s);
it.next();
it.next();
console.log(it);
console.log(Object.getPrototypeOf(g));
console.log(String(g));
