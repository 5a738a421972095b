// destructuring null/undefined: V8's messages name the first property
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }
t(() => { const {a} = null; });
t(() => { const {a} = undefined; });
t(() => { const {} = null; });
t(() => { const {...r} = undefined; });
t(() => { let a; ({a} = null); });
t(() => { (function ({a}) {})(); });
t(() => { const {a: {b}} = {a: undefined}; });
t(() => { const {'quoted-key': v} = null; });
t(() => { const {[1 + 1]: v} = null; });
