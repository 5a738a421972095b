// Computed method names and symbol-keyed methods in classes.
const methodName = 'dyn' + 'amic';
const tag = Symbol('tag');
class C {
  [methodName]() { return 'dynamic method'; }
  [tag]() { return 'symbol method'; }
  static ['st' + 'atic']() { return 'computed static'; }
  get ['comp' + 'uted']() { return 'computed getter'; }
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i < 2 ? { value: i++, done: false } : { value: undefined, done: true }) };
  }
}
const c = new C();
console.log(c.dynamic(), c[tag](), C.static(), c.computed);
const values = [];
for (const v of c) values.push(v);
console.log(values);
