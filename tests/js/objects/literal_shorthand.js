// Shorthand properties and methods in object literals.
const x = 1, y = 'two';
const o = { x, y, z: x + 1, method() { return this.x; }, 'quoted key': true, 42: 'num' };
console.log(o);
console.log(o.method(), o['quoted key'], o[42]);
const empty = {};
console.log(empty, Object.keys(empty).length);
