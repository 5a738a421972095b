// private member errors use V8's messages
function t(f) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }
class A {
  #x = 1; #m() {} get #g() { return 1; } set #s(v) {}
  static readX(o) { return o.#x; }
  static writeX(o) { o.#x = 2; }
  static writeM(o) { o.#m = 1; }
  static writeG(o) { o.#g = 1; }
  static readS(o) { return o.#s; }
  static callM(o) { return o.#m(); }
}
t(() => A.readX({}));
t(() => A.writeX({}));
t(() => A.writeM(new A()));
t(() => A.writeG(new A()));
t(() => A.readS(new A()));
t(() => A.readX(null));
t(() => A.writeX(undefined));
