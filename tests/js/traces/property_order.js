// Objects built with the same properties in a different order get
// different shapes; built the same way, they share one.
function makeAB() {
  const o = {};
  o.a = 1;
  o.b = 2;
  return o;
}
function makeBA() {
  const o = {};
  o.b = 1;
  o.a = 2;
  return o;
}
const ab1 = makeAB();
const ab2 = makeAB();   // follows the existing transitions: no new shape
const ba = makeBA();
console.log(Object.keys(ab1).join(','), Object.keys(ab2).join(','), Object.keys(ba).join(','));
