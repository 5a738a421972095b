// symbols do not convert to strings or numbers implicitly
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } }
const s = Symbol('x');
t(() => s + '');
t(() => `${s}`);
t(() => s * 1);
t(() => +s);
t(() => String(s));
t(() => s.toString());
t(() => !!s);
t(() => new Symbol());
t(() => [s].join());
