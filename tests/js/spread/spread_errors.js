// non-iterable spread: V8's messages for calls, new and arrays
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }
function f() {}
t(() => f(...5));
t(() => f(...{}));
t(() => f(...null));
t(() => f(1, ...undefined));
t(() => new f(...{}));
t(() => [...5]);
t(() => [...null]);
