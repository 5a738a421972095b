// async functions return promises, await unwraps values and promises,
// and the body runs synchronously up to the first await.
async function add(a, b) {
  console.log('add start');
  const x = await a;
  const y = await Promise.resolve(b);
  return x + y;
}
const p = add(1, 2);
console.log('returned a promise:', p instanceof Promise);
p.then((v) => console.log('sum:', v));
const arrow = async (x) => (await x) * 2;
arrow(21).then((v) => console.log('arrow:', v));
const obj = {
  base: 10,
  async method(x) { return this.base + await x; },
};
obj.method(5).then((v) => console.log('method:', v));
class C {
  constructor() { this.n = 3; }
  async get() { await null; return this.n; }
  static async make() { return new C(); }
}
C.make().then((c) => c.get()).then((v) => console.log('class:', v));
async function noAwait() { return 'sync value'; }
noAwait().then((v) => console.log('noAwait:', v));
console.log(typeof add, Object.prototype.toString.call(add));
console.log('end of script');
