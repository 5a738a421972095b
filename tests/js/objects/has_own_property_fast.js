// hasOwnProperty's fast path against the builtin's semantics.
var o = { a: 1, k5: 2 };
var d = {}; for (var i = 0; i < 300; i++) d['k' + i] = i;  // dictionary mode
delete d.k7;
var arr = [1, , 3]; arr.name = 'x';
var sym = Symbol('s'); o[sym] = 1;
function key(n) { return 'k' + n; }  // fresh, non-internalized strings
var checks = [
  o.hasOwnProperty('a'), o.hasOwnProperty('b'), o.hasOwnProperty(key(5)), o.hasOwnProperty(key(6)),
  o.hasOwnProperty(sym), o.hasOwnProperty(Symbol('s')), o.hasOwnProperty('toString'),
  d.hasOwnProperty(key(7)), d.hasOwnProperty(key(8)), d.hasOwnProperty(key(299)), d.hasOwnProperty(key(300)),
  d.hasOwnProperty('k' + 'zz' + Math.random()),
  arr.hasOwnProperty(0), arr.hasOwnProperty(1), arr.hasOwnProperty('2'), arr.hasOwnProperty('' + 2),
  arr.hasOwnProperty('length'), arr.hasOwnProperty('name'), arr.hasOwnProperty(-1), arr.hasOwnProperty(1.5),
  'abc'.hasOwnProperty(1), 'abc'.hasOwnProperty('length'), 'abc'.hasOwnProperty(3),
  Object.prototype.hasOwnProperty.call(function f() {}, 'name'), [].hasOwnProperty.call(Math, 'PI'),
  globalThis.hasOwnProperty('Array'), globalThis.hasOwnProperty('nope' + 1),
  o.hasOwnProperty({ toString: function () { return 'a'; } }), o.hasOwnProperty(),
  Object.prototype.hasOwnProperty.call(o, 'a'), o.hasOwnProperty('a', 'extra'),
  ({ 4294967295: 1 }).hasOwnProperty('4294967295'), ({ 7: 1 }).hasOwnProperty('7'), ({ 7: 1 }).hasOwnProperty(7)
];
console.log(checks.join(' '));
var long = ''; for (var j = 0; j < 40; j++) long += 'x';  // a rope
var e = {}; e[long] = 1;
console.log(e.hasOwnProperty(long), e.hasOwnProperty(long + 'y'));
try { Object.prototype.hasOwnProperty.call(null, 'a'); } catch (err) { console.log(err.name + ': ' + err.message); }
try { Object.prototype.hasOwnProperty.call(undefined, key(1)); } catch (err) { console.log(err.name + ': ' + err.message); }
var getterObj = { get g() { throw new Error('not called'); } };
console.log(getterObj.hasOwnProperty('g'));
