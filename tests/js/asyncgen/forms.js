// The other forms: async generator methods in object literals and
// classes (static, with super and this), and how node prints the function
// and the generator object; prototype chain of the intrinsics.
class Base {
  greet() { return 'base'; }
}
class Sub extends Base {
  constructor() { super(); this.n = 2; }
  async *items() {
    for (let i = 0; i < this.n; i++) yield super.greet() + i;
  }
  static async *range(a, b) {
    while (a < b) yield a++;
  }
}
const obj = {
  async *gen() { yield 'obj'; },
  async *['comp' + 'uted']() { yield this === obj; },
};

async function* named() {}

async function main() {
  for await (const v of new Sub().items()) console.log(v);
  for await (const v of Sub.range(3, 6)) console.log(v);
  for await (const v of obj.gen()) console.log(v);
  for await (const v of obj.computed()) console.log(v);
  console.log(named);
  console.log(named());
  console.log(Object.prototype.toString.call(named()));
  console.log(typeof named.prototype, Object.getPrototypeOf(named()) === named.prototype);
  const AsyncGeneratorPrototype = Object.getPrototypeOf(named.prototype);
  console.log(Object.getOwnPropertyNames(AsyncGeneratorPrototype).sort());
  const AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype);
  console.log(typeof AsyncIteratorPrototype[Symbol.asyncIterator]);
  console.log(Object.getPrototypeOf(named) === Object.getPrototypeOf(obj.gen));
  console.log(Object.prototype.toString.call(named));
  console.log(named.length, obj.gen.name, Sub.range.length);
  try {
    new named();
  } catch (e) {
    console.log(e.name);
  }
}
main();
