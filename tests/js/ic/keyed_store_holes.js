// A keyed store into a hole of a holey array is done in place by the IC's
// fast path only while no prototype can see it; setters on
// Array.prototype or Object.prototype, other prototypes, frozen arrays and
// subclasses must still behave as the spec says. (Results are printed
// after the prototypes are restored: console.log makes arrays too.)
function fill(a, n) { for (var i = 0; i < n; i++) a[i] = i * 2; return a; }
function show(a) {
  var s = '';
  for (var i = 0; i < a.length; i++) s += (i ? ',' : '') + (i in a ? String(a[i]) : '_');
  return s + ' (own ' + Object.keys(a).length + ')';
}
var log = '';
for (var r = 0; r < 3; r++) log += show(fill(new Array(5), 5)) + ' ' + show(fill([, , 1.5, , 'x'], 5)) + '\n';
var proto = Object.create(Array.prototype);
var seen = '';
Object.defineProperty(proto, 1, { set: function (v) { seen += 'proto set ' + v + ';'; }, configurable: true });
var b = new Array(3);
Object.setPrototypeOf(b, proto);
fill(b, 3);
log += show(b) + '\n';
class Sub extends Array {}
var c = new Sub(3);
fill(c, 3);
log += show(c) + ' ' + (c instanceof Sub) + '\n';
var d = Object.freeze(new Array(3));
fill(d, 3);
log += show(d) + ' ' + Object.isFrozen(d) + '\n';
var e = new Array(4);
fill(e, 4);
Object.defineProperty(Array.prototype, 2, { set: function (v) { seen += 'array proto set ' + v + ';'; }, configurable: true });
var f = new Array(4);
fill(f, 4);
var fs = show(f);
delete Array.prototype[2];
log += show(e) + ' ' + fs + '\n';
Object.defineProperty(Object.prototype, 0, { set: function (v) { seen += 'object proto set ' + v + ';'; }, configurable: true });
var g = new Array(2);
fill(g, 2);
var gs = show(g);
delete Object.prototype[0];
log += gs + '\n';
var h = new Array(3);
fill(h, 3);
log += show(h) + '\n';
console.log(log + seen);
