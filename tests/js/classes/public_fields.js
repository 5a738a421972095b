// public instance fields: initializers run per instance, see this, computed names
let counter = 0;
class A { id = ++counter; double = this.id * 2; ['comp' + 'uted'] = true; noInit; arrow = () => this.id; }
const a1 = new A(), a2 = new A();
console.log(a1, a2.double, a2.arrow.call(null), Object.keys(a1));
