// getters and setters in classes, static accessors, inheritance and super access
class Temp {
  #c = 0;
  get f() { return this.#c * 9 / 5 + 32; } set f(v) { this.#c = (v - 32) * 5 / 9; }
  static get unit() { return 'C'; }
}
class Sub extends Temp { get f() { return 'sub ' + super.f; } set f(v) { super.f = v + 32; } }
const t = new Temp(); t.f = 212; console.log(t.f, Temp.unit);
const s = new Sub(); s.f = 0; console.log(s.f);
console.log(Object.getOwnPropertyNames(Temp.prototype), typeof Object.getOwnPropertyDescriptor(Temp.prototype, 'f').set);
