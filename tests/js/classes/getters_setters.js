// Class accessors are defined on the prototype and are not enumerable.
class Temperature {
  constructor(c) { this._c = c; }
  get fahrenheit() { return this._c * 1.8 + 32; }
  set fahrenheit(f) { this._c = (f - 32) / 1.8; }
  get celsius() { return this._c; }
}
const t = new Temperature(100);
console.log(t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius, Object.keys(t), Object.keys(Temperature.prototype));
t.celsius = 5;
console.log(t.celsius);
console.log(t);
