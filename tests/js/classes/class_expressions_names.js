// class expressions, their inner name binding and name inference
const Anon = class {};
const Named = class Inner { static self() { return Inner; } };
console.log(Anon.name, Named.name, Named.self() === Named, typeof Inner);
const obj = { Cls: class {} };
console.log(obj.Cls.name);
try { (class X { static f() { X = 1; } }).f(); } catch (e) { console.log(e.name + ': ' + e.message); }
