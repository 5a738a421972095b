// for-of subjects and array-literal spreads that are not iterable: V8 always
// finds them in its AST and prints them ("o.h is not iterable", "{} is not
// iterable", "(!x) is not iterable", folded constants as their value), and a
// call or `new` names its callee ("o.g is not a function or its return value
// is not iterable").
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }
const o = { y: 1, g() { return 5; }, h: {}, f: function () {} };
const obj = {};
let x = 1;
t(() => { for (const a of o.y); });
t(() => { for (const a of o.h); });
t(() => { for (const a of 1 + 2); });
t(() => { for (const a of x ? {} : 1); });
t(() => { for (const a of new o.f); });
t(() => { for (const a of (0, o.g)()); });
t(() => { for (const a of !x); });
t(() => { for (const a of o); });
t(() => { [...o.h]; });
t(() => { [...o.g()]; });
t(() => { [...o]; });
t(() => { [...5]; });
t(() => { [...(1+2)]; });
t(() => { for (const x of {}) ; });
t(() => { for (const x of obj) ; });
t(() => { for (const x of o.g()) ; });
t(() => { [...{}]; });
t(() => { Math.max(...obj); });
t(() => { for (const a of o['h']); });
t(() => { for (const a of null); });
t(() => { [...undefined]; });
