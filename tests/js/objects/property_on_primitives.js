// Reading properties of primitives goes through their wrappers' prototypes;
// writes are silently dropped in sloppy code.
console.log((5).constructor === Number, 'x'.constructor === String, true.constructor === Boolean);
Number.prototype.double = function () { return this * 2; };
console.log((21).double(), 2.5.double());
delete Number.prototype.double;
const s = 'abc';
s.custom = 1;
console.log(s.custom);
try {
  undefined.custom = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
