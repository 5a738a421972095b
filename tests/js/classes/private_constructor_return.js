// private fields are stamped onto objects returned from a base constructor
class Base { constructor(o) { return o; } }
class Stamp extends Base { #tag = 'stamped'; static tag(o) { return o.#tag; } static has(o) { return #tag in o; } }
const plain = {};
new Stamp(plain);
console.log(Stamp.has(plain), Stamp.tag(plain), Object.keys(plain));
try { new Stamp(plain); } catch (e) { console.log(e.name + ': ' + e.message); }
