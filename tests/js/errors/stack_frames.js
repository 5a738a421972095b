// Guards the frames of `stack` as V8 names them: constructors (`new Foo`),
// methods with their class name, static methods, getters, object-literal
// methods, arrows, anonymous functions, callbacks under builtins
// (`Array.map`), builtins on namespaces (`JSON.parse`), and no frame for
// Function.prototype.call/apply.
class Foo {
  constructor() { this.s = new Error('ctor').stack; }
  method() { return new Error('m').stack; }
  static st() { return new Error('s').stack; }
  get g() { return new Error('g').stack; }
}
const obj = { lit() { return new Error('lit').stack; }, arrow: () => new Error('arrow').stack };
function plain() { return new Error('plain').stack; }
const anon = function () { return new Error('anon').stack; };
const show = (s) => console.log(s.split('\n').slice(0, 3).join('\n'));
show(new Foo().s);
show(new Foo().method());
show(Foo.st());
show(new Foo().g);
show(obj.lit());
show(obj.arrow());
show(plain());
show(anon());
show([1].map(function mapper() { return new Error('cb').stack; })[0]);
show(plain.call(null));
show(plain.apply(null, []));
try { JSON.parse('{'); } catch (e) { show(e.stack); }
try { [1].forEach(() => { throw new TypeError('inner'); }); } catch (e) { show(e.stack); }
