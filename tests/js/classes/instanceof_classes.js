// instanceof with class hierarchies and plain objects.
class Animal {}
class Dog extends Animal {}
class Cat extends Animal {}
const d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Cat, d instanceof Object);
const fake = Object.create(Dog.prototype);
console.log(fake instanceof Dog, fake instanceof Animal);
console.log(Animal.prototype instanceof Animal, Dog.prototype instanceof Animal);
