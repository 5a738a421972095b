// Symbol.hasInstance customises instanceof
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
const Duck = { [Symbol.hasInstance](o) { return typeof o.quack === 'function'; } };
console.log({quack() {}} instanceof Duck, {} instanceof Duck);
console.log(Function.prototype[Symbol.hasInstance].call(Array, []));
try { ({}) instanceof {}; } catch (e) { console.log(e.name + ': ' + e.message); }
