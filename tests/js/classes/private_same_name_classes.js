// two classes with the same private name do not share it
class A { #v = 'a'; static get(o) { return o.#v; } }
class B { #v = 'b'; static get(o) { return o.#v; } }
console.log(A.get(new A()), B.get(new B()));
try { A.get(new B()); } catch (e) { console.log(e.name); }
function make() { return class { #p = 1; static has(o) { return #p in o; } }; }
const C1 = make(), C2 = make();
console.log(C1.has(new C1()), C1.has(new C2()));
