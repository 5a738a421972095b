// "Cannot destructure ..." names the destructured value by V8's call-printer
// rendering of its expression (the bytecode generator prints the AST and
// passes the text as a constant): identifiers and member chains as written
// (o['y'] as o.y), calls as o.g(...), operators parenthesized, conditionals
// and optional chains as "(intermediate value)"; a parameter's value by its
// type ('object null'); for-of heads and catch parameters by V8's internal
// names ('.for', '.catch'); a first property with a default, or a pattern
// inside another one, as the property load it is.
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }
const o = { y: undefined, n: null, g() { return undefined; }, 0: null, 'a b': null, h: {} };
let u, k = 'y', nn = null;
t(() => { const {a} = null; });
t(() => { const {a} = undefined; });
t(() => { const {} = null; });
t(() => { function f({x}){}; f(); });
t(() => { function f({x}){}; f(null); });
t(() => { function f({}){}; f(); });
t(() => { const {x} = o.y; });
t(() => { const {x} = o.n; });
t(() => { const {x} = o['y']; });
t(() => { const {x} = o.g(); });
t(() => { const {x} = u; });
t(() => { const {x} = nn; });
t(() => { const {x: {z}} = {x: null}; });
t(() => { const {x: {z}} = {}; });
t(() => { const [{z}] = [null]; });
t(() => { let x; ({x} = null); });
t(() => { let x; ({x} = o.y); });
t(() => { const {[1+1]: x} = null; });
t(() => { const {'a b': x} = null; });
t(() => { const {...r} = null; });
t(() => { const {a, ...r} = null; });
t(() => { for (const {x} of [null]) ; });
t(() => { try { throw null } catch ({x}) {} });
t(() => { const {x} = (u); });
t(() => { const {x} = u ?? null; });
t(() => { const {x} = 1 ? null : 2; });
t(() => { const {x} = void 0; });
t(() => { ((a, {b}) => 0)(1); });
t(() => { const {x} = o?.y; });
t(() => { const {a: {b}} = o; });
t(() => { const {y: {b}} = o; });
t(() => { const {x} = o.g(
  1); });
t(() => { const {x} = u || null; });
t(() => { const {x} = (0, null); });
t(() => { const {x} = (u = null); });
t(() => { const {x} = o[k]; });
t(() => { const {x} = o[0]; });
t(() => { const {x} = o['a b']; });
t(() => { const {x} = o.h.y; });
t(() => { const {x} = o.h['y']; });
t(() => { const {x} = o.g``; });
t(() => { const {x} = (() => null)(); });
t(() => { const {x} = u && u.y; });
t(() => { const {x} = new.target; });
t(() => { const {} = o.y; });
t(() => { const {...r} = o.y; });
t(() => { const {x, ...r} = o.y; });
t(() => { const {[k]: x} = o.y; });
t(() => { let x; ({x} = o.n); });
t(() => { let x; ({x} = o.g()); });
t(() => { let x; ({} = o.g()); });
t(() => { const {x = 1} = o.y; });
t(() => { const {x: y} = o.y; });
t(() => { const {"x": y} = o.y; });
t(() => { const {1: y} = o.y; });
t(() => { const {x} = null, y = 1; });
t(() => { var {x} = o.y; });
t(() => { let {x} = o.y; });
t(() => { class C { m() { const {x} = this.n; } }; C.prototype.m.call({n: null}); });
t(() => { class C { m() { const {x} = super.n; } }; new C().m(); });
t(() => { (function({x}) {})(o.y); });
t(() => { (function(a, {x} = null) {})(1); });
t(() => { (({x}) => {})(); });
t(() => { let x; for ({x} of [null]); });
t(() => { let x; for ({} of [null]); });
t(() => { for (const {} of [null]); });
t(() => { for (var {x} of [undefined]); });
t(() => { function f({a} = null) {} f(); });
t(() => { const {a: {b}} = {a: null}; });
t(() => { const [{}] = [null]; });
