// V8's brand check for private methods and accessors: using one on an object
// that is not an instance of the declaring class is "Receiver must be an
// instance of class A" (static members: "Receiver must be class A"), named
// after the class's own binding ("anonymous" without one); a null/undefined
// receiver names the class too. Fields keep their "whose class did not
// declare it" texts, and `#m in o` never throws for objects.
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
class A {
  #m() { return 1; }
  get #g() { return 2; }
  set #g(v) {}
  get #onlyGet() { return 3; }
  #f = 4;
  static call(o) { return o.#m(); }
  static read(o) { return o.#m; }
  static get(o) { return o.#g; }
  static set(o) { o.#g = 1; }
  static inc(o) { return o.#g++; }
  static writeMethod(o) { o.#m = 1; }
  static writeGetterOnly(o) { o.#onlyGet = 1; }
  static field(o) { return o.#f; }
  static fieldSet(o) { o.#f = 1; }
  static has(o) { return #m in o; }
}
t('call on {}', () => A.call({}));
t('read on {}', () => A.read({}));
t('get on {}', () => A.get({}));
t('set on {}', () => A.set({}));
t('++ on {}', () => A.inc({}));
t('write method on {}', () => A.writeMethod({}));
t('call on 5', () => A.call(5));
t('call on null', () => A.call(null));
t('get on undefined', () => A.get(undefined));
t('call on instance', () => A.call(new A()));
t('write method on instance', () => A.writeMethod(new A()));
t('write getter-only on instance', () => A.writeGetterOnly(new A()));
t('field on {}', () => A.field({}));
t('field set on {}', () => A.fieldSet({}));
t('#m in {}', () => A.has({}));
t('#m in instance', () => A.has(new A()));

class S {
  static #sm() { return 'sm'; }
  static get #sg() { return 'sg'; }
  static call(o) { return o.#sm(); }
  static get(o) { return o.#sg; }
}
t('static call on S', () => S.call(S));
t('static call on {}', () => S.call({}));
t('static get on subclass', () => S.get(class extends S {}));

const Anon = class { #q() {} static call(o) { return o.#q(); } };
t('anonymous class', () => Anon.call({}));
const Named = class Inner { #q() {} static call(o) { return o.#q(); } };
t('named class expression', () => Named.call({}));

class Outer {
  #p() { return 'p'; }
  static inner() {
    return class Nested { static call(o) { return o.#p(); } };
  }
}
t('outer brand from nested class', () => Outer.inner().call({}));
t('outer brand on outer instance', () => Outer.inner().call(new Outer()));
