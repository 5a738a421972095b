// Builtin prototypes can be extended, and the additions are visible everywhere.
Array.prototype.last = function () { return this[this.length - 1]; };
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
Object.defineProperty(Object.prototype, 'describe', {
  value: function () { return 'object with ' + Object.keys(this).length + ' keys'; },
  enumerable: false,
});
console.log([1, 2, 3].last(), 'hey'.shout(), { a: 1, b: 2 }.describe());
const keys = [];
for (const k in [1]) keys.push(k);
console.log(keys);
delete Array.prototype.last;
delete String.prototype.shout;
console.log(typeof [].last, typeof ''.shout);
