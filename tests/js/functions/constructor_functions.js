// Constructor functions: prototype methods, instance fields, returning objects.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); this.kind = 'dog'; }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return Animal.prototype.speak.call(this) + ': woof'; };
const d = new Dog('Rex');
console.log(d.speak(), d.kind, d.constructor === Dog, Object.getPrototypeOf(d) === Dog.prototype);
function ReturnsObject() { this.a = 1; return { b: 2 }; }
function ReturnsPrimitive() { this.a = 1; return 5; }
console.log(new ReturnsObject(), new ReturnsPrimitive());
console.log(typeof Animal.prototype, Animal.prototype.constructor === Animal);
const NoParens = new Animal;
console.log(NoParens.name);
