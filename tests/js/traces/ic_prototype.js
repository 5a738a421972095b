// Methods found on a prototype are cached as constants guarded by the
// prototype chain's validity cell; replacing the method invalidates the
// cell (--trace-maps shows it) and the site re-learns (--trace-ic).
class Animal {
  speak() { return 'generic'; }
}
class Dog extends Animal {}
const d = new Dog();
function talk(a) { return a.speak(); }
let n = 0;
for (let i = 0; i < 300; i++) n += talk(d).length;
Animal.prototype.speak = function () { return 'woof'; };
for (let i = 0; i < 300; i++) n += talk(d).length;
console.log(n, talk(d));
