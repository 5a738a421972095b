// Async functions across the language: class and object methods with
// super, getters returning async arrows, arguments, destructured
// parameters, per-iteration let captured across awaits, try/finally with
// awaits in both blocks, switch and labeled loops on awaited values.
class A { async m() { await null; return 'A.m'; } }
class B extends A {
  async m() { const s = await super.m(); return s + '+B.m'; }
  get later() { return (async () => this.x)(); }
}
const b = new B(); b.x = 42;
b.m().then(console.log);
b.later.then((v) => console.log('getter async this', v));
async function args() { await null; return arguments.length + ':' + Array.prototype.join.call(arguments, ','); }
args(1, 2, 3).then(console.log);
async function withDestructuring({ a, b = 2 }, [c, ...d]) { await null; return [a, b, c, d]; }
withDestructuring({ a: 1 }, [3, 4, 5]).then((v) => console.log(JSON.stringify(v)));
async function closures() {
  const fns = [];
  for (let i = 0; i < 3; i++) { await null; fns.push(() => i); }
  return fns.map((f) => f());
}
closures().then((v) => console.log('closures', v));
const o = { async *[Symbol.iterator]() {} };
console.log(typeof o);
async function nested() {
  const inner = async (x) => { await null; return x * 2; };
  let s = 0;
  for (const v of [1, 2, 3]) s += await inner(v);
  return s;
}
nested().then((v) => console.log('nested', v));
async function tryFinallyOrder() {
  const out = [];
  try { out.push('try'); await null; out.push('after await'); return out; }
  finally { out.push('finally'); await null; out.push('finally after await'); }
}
tryFinallyOrder().then((v) => console.log(v.join(',')));
async function throwInFinally() { try { await null; } finally { throw new Error('fin'); } }
throwInFinally().catch((e) => console.log('finally threw', e.message));
console.log(Object.getPrototypeOf(async function () {}).constructor.name);
(async function named() { console.log('sync part of named', typeof named); })();
async function switchy(x) { switch (await x) { case 1: return 'one'; default: return 'other'; } }
switchy(1).then(console.log);
async function labeled() { outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (await j === 1) continue outer; if (i === 2) break outer; } } return 'labeled done'; }
labeled().then(console.log);
const ae = async (a, b) => a + b;
console.log(ae.length, ae.name);
async function defaultsRefThis() { return typeof this; }
defaultsRefThis().then((t) => console.log('sloppy this', t));
