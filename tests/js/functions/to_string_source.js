// Guards Function.prototype.toString: the exact source text of every kind
// of function (declarations, expressions, arrows, async, generators,
// methods, getters, static and computed class members, classes), the
// native form for builtins and bound functions, and the TypeError for
// non-functions.
function decl(a, b = 2, ...c) { return a; /* comment kept */ }
const expr = function   (x,y)  { return x+y };
const arrow = (a, b) => a + b;
const arrow1 = x=>x*2;
async function af() { await 1; }
function* gen() { yield 1; }
async function* agen() {}
class K {
  constructor(x) { this.x = x; }
  m(x) { return x; }
  static s() {}
  static async *sag() {}
  get g() { return 1; }
  set g(v) {}
  ['comp' + 'uted']() {}
  static get sg() { return 2; }
}
const o = { m() { return 1; }, async am() {}, *gm() {}, get p() { return 1; }, f: function () {}, a: () => {} };
const parts = [decl, expr, arrow, arrow1, af, gen, agen, K, K.prototype.m, K.s, K.sag, K.prototype.computed,
               Object.getOwnPropertyDescriptor(K.prototype, 'g').get,
               Object.getOwnPropertyDescriptor(K.prototype, 'g').set,
               Object.getOwnPropertyDescriptor(K, 'sg').get,
               o.m, o.am, o.gm, Object.getOwnPropertyDescriptor(o, 'p').get, o.f, o.a,
               class {}, class Named extends K {}];
for (const f of parts) console.log(String(f));
console.log(Math.max.toString(), Function.prototype.toString(), decl.bind(null).toString());
console.log(`${(() => 1)}`, '' + function () {});
for (const bad of [{}, 1, null]) {
  try { Function.prototype.toString.call(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
