// An array pattern over a non-iterable: V8 finds a declaration's initializer
// in its AST for literals, identifiers, `this`, unary operators,
// conditionals, object and function literals ("{} is not iterable", "obj is
// not iterable"); a plain call or `new` names the callee ("Symbol is not a
// function or its return value is not iterable"); member expressions,
// method calls, binary operators, assignment expressions, parameters and
// sub-patterns get the run-time default ("number 1 is not iterable (cannot
// read property Symbol(Symbol.iterator))"); a for-of head pattern is '.for'.
// The generator records the text at compile time (call_printer.h).
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }
const o = { y: 1, g() { return 5; }, h: {}, f: function () {} };
const n = 5, obj = {};
let u, x = 1;
function five() { return 5; }
t(() => { const [a] = {}; });
t(() => { const [a] = {x: 1, y: 2}; });
t(() => { const [a] = obj; });
t(() => { const [a] = n; });
t(() => { const [a] = o.y; });
t(() => { const [a] = o['y']; });
t(() => { const [a] = o.h; });
t(() => { const [a] = o.g(); });
t(() => { const [a] = o.g(1, 2); });
t(() => { const [a] = null; });
t(() => { const [a] = undefined; });
t(() => { const [a] = 5; });
t(() => { const [a] = true; });
t(() => { let a; [a] = {}; });
t(() => { let a; [a] = obj; });
t(() => { function f([a]) {} f({}); });
t(() => { function f([a]) {} f(); });
t(() => { for (const [a] of [{}]) ; });
t(() => { const [a] = 1 + 2; });
t(() => { const [a] = new Object(); });
t(() => { const [a] = this; });
t(() => { const [a] = function(){}; });
t(() => { const [[a]] = [{}]; });
t(() => { const [a] = Symbol(); });
t(() => { const [a] = {[Symbol.iterator]: 1}; });
t(() => { const [a] = o?.h; });
t(() => { const [a] = void 0; });
t(() => { const [a] = -1; });
t(() => { const [a] = typeof 1; });
t(() => { const [a] = `${x}y`.length; });
t(() => { const [a] = (1, {}); });
t(() => { const [a] = (u = {}); });
t(() => { const [a] = x ? {} : 2; });
t(() => { const [a] = x++; });
t(() => { const [a] = () => 1; });
t(() => { const [a] = class {}; });
t(() => { const [a] = new o.f; });
t(() => { const [a] = new o.f(1); });
t(() => { const [a] = o.h.k; });
t(() => { const [a] = u || {}; });
t(() => { const [a] = !x; });
t(() => { const [a] = o; });
t(() => { const [a] = o.f; });
t(() => { const [a] = o[x]; });
t(() => { const [a] = 1.5; });
t(() => { const [a] = {a: 1, b: [1]}; });
t(() => { let a; [a] = o.h; });
t(() => { let a; [a] = o.g(); });
t(() => { let a; [a] = 1 + 2; });
t(() => { let a, b; [a, b] = [1, {}][1]; });
t(() => { const [a] = [1].map; });
t(() => { const [a] = o.g``; });
t(() => { const [a] = (function(){ return 1 })(); });
t(() => { const [a] = (0, o.g)(); });
t(() => { const [a] = o.g?.(); });
t(() => { const [a] = five(); });
t(() => { let a; for ([a] of [o]); });
t(() => { try { throw 5; } catch ([a]) {} });
t(() => { const [a] = 2 * 3; });
