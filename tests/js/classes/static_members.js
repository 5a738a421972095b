// Static methods and accessors live on the constructor and are inherited by subclasses.
class Counter {
  static create() { return new this(); }
  static get description() { return 'counts ' + this.name; }
  static set label(v) { this._label = v; }
  constructor() { this.n = 0; }
}
class Sub extends Counter {}
console.log(Counter.create() instanceof Counter, Sub.create() instanceof Sub);
console.log(Counter.description, Sub.description);
Sub.label = 'sub label';
console.log(Sub._label, Counter._label, Object.keys(Sub));
console.log(typeof new Counter().create);
