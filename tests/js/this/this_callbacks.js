'use strict';
// Passing a method as a callback loses this; bind or an arrow keeps it.
const obj = {
  items: [1, 2],
  prefix: '#',
  label(x) { return this.prefix + x; },
};
try {
  obj.items.map(obj.label);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(obj.items.map(obj.label.bind(obj)));
console.log(obj.items.map(x => obj.label(x)));
console.log(obj.items.map(obj.label, obj));
