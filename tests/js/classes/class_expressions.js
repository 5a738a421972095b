// Anonymous and named class expressions; the inner name is local and constant.
const Anon = class {};
const Named = class Inner {
  who() { return Inner.name; }
  rename() { try { Inner = null; } catch (e) { return e.name + ': ' + e.message; } }
};
console.log(Anon.name, Named.name, new Named().who(), typeof Inner);
console.log(new Named().rename());
function makeClass(greeting) {
  return class { greet() { return greeting; } };
}
const Hello = makeClass('hello');
const Bye = makeClass('bye');
console.log(new Hello().greet(), new Bye().greet(), Hello === Bye);
console.log([class {}, class Foo {}].map(c => c.name));
