// Generator objects take their [[Prototype]] from the function's current
// `prototype`; a non-object falls back to %GeneratorPrototype%.
function* g() { yield 1; }
const GeneratorPrototype = Object.getPrototypeOf(g.prototype);
const custom = Object.create(GeneratorPrototype);
custom.hello = function () { return 'hello from custom'; };
g.prototype = custom;
const it = g();
console.log(Object.getPrototypeOf(it) === custom, it.hello(), it.next());
g.prototype = 5;
const it2 = g();
console.log(Object.getPrototypeOf(it2) === GeneratorPrototype, it2.next());
g.prototype = null;
console.log(Object.getPrototypeOf(g()) === GeneratorPrototype);
