// Generator functions and methods are not constructors.
function* g() {}
try { new g(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const o = { *m() {} };
try { new o.m(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class C { *m() {} static *s() {} }
try { new C.s(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const c = new C();
try { new c.m(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(g.hasOwnProperty('prototype'), o.m.hasOwnProperty('prototype'));
console.log(Object.getOwnPropertyNames(g));
