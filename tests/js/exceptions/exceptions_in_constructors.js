// An exception in a constructor leaves no object behind; in a getter during
// property access it propagates through the access.
let created = 0;
function Fragile(ok) {
  created++;
  if (!ok) throw new Error('constructor failed');
  this.ok = ok;
}
let made;
try {
  made = new Fragile(false);
} catch (e) {
  console.log(e.message, made, created);
}
made = new Fragile(true);
console.log(made.ok, created);
class Strict {
  constructor(v) {
    if (typeof v !== 'number') throw new TypeError('Expected number, got ' + typeof v);
    this.v = v;
  }
}
try {
  new Strict('x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
