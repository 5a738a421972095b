// An object used as a hash map is in dictionary mode; `map.hasOwnProperty`
// finds the method on Object.prototype. The load site caches it
// (handler=dictionary_proto): the prototype's constant behind the chain's
// validity cell, with the name looked up in the receiver's own dictionary
// at each load, since its keys change without a shape change. The receiver
// gaining the name, and the prototype's method being replaced, both make
// the site miss and re-learn.
const map = {};
for (let i = 0; i < 30; i++) map['k' + i] = i;
function has(m, k) { return m.hasOwnProperty(k); }
function missing(m) { return m.absent; }
let hits = 0;
for (let i = 0; i < 200; i++) if (has(map, 'k' + (i % 40))) hits++;
console.log('hits', hits, missing(map));
// The receiver gains an own hasOwnProperty: the same site must see it.
map.hasOwnProperty = function () { return 'own'; };
console.log(has(map, 'k1'));
delete map.hasOwnProperty;
console.log(has(map, 'k1'));
map.absent = 'present';
console.log(missing(map));
// A replaced prototype method (the validity cell dies).
const original = Object.prototype.hasOwnProperty;
Object.prototype.hasOwnProperty = function () { return 'replaced'; };
console.log(has(map, 'k1'));
Object.prototype.hasOwnProperty = original;
console.log(has(map, 'k2'), has(map, 'nope'));
