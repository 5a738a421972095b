// next/return/throw on something that is not a generator object.
function* g() { yield 1; }
const proto = Object.getPrototypeOf(g());
const GeneratorPrototype = Object.getPrototypeOf(proto);
for (const name of ['next', 'return', 'throw']) {
  for (const receiver of [{}, 1, undefined, g]) {
    try {
      GeneratorPrototype[name].call(receiver);
    } catch (e) {
      console.log(e.constructor.name + ': ' + e.message);
    }
  }
}
console.log(GeneratorPrototype.next.length, GeneratorPrototype.return.length, GeneratorPrototype.throw.length);
console.log(GeneratorPrototype.next.name, GeneratorPrototype.return.name, GeneratorPrototype.throw.name);
