// Generator methods in classes: instance, static, computed names and
// [Symbol.iterator], with `this` and super.
class Tree {
  constructor(value, ...children) { this.value = value; this.children = children; }
  *[Symbol.iterator]() {
    yield this.value;
    for (const child of this.children) yield* child;
  }
  *depthFirst(depth = 0) {
    yield '  '.repeat(depth) + this.value;
    for (const c of this.children) yield* c.depthFirst(depth + 1);
  }
  static *of(...values) { for (const v of values) yield new Tree(v); }
  static *['gen' + 'erated']() { yield 'computed'; }
}
const t = new Tree(1, new Tree(2, new Tree(3)), new Tree(4));
console.log([...t]);
for (const line of t.depthFirst()) console.log(line);
console.log([...Tree.of('a', 'b')].map((x) => x.value));
console.log([...Tree.generated()]);
class Base { *items() { yield 'base'; } }
class Derived extends Base { *items() { yield* super.items(); yield 'derived'; } }
console.log([...new Derived().items()]);
console.log(typeof Tree.prototype.depthFirst, Tree.prototype.depthFirst.name, Tree.of.name);
