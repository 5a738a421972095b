// o[name] with a name key is served inline from the site's name-specialized
// feedback or, once megamorphic, from the stub cache; what the runtime does
// (getters, prototype fields, absent names, symbols, index-like strings,
// changed shapes) must not change.
var sym = Symbol('s');
function P() { this.a = 1; this.b = 'two'; }
P.prototype.c = 3;
Object.defineProperty(P.prototype, 'g', { get: function () { return 'getter ' + this.a; } });
function get(o, k) { return o[k]; }
var p = new P();
var out = [];
for (var i = 0; i < 4; i++) out.push(get(p, 'a'), get(p, 'b'));
out.push(get(p, 'c'), get(p, 'g'), get(p, 'missing'));
var shapes = [{ a: 1 }, { b: 2, a: 3 }, { c: 4, a: 5 }, { d: 6, a: 7 }, { e: 8, a: 9 }, p];
for (var r = 0; r < 3; r++) {
  for (var j = 0; j < shapes.length; j++) out.push(get(shapes[j], 'a'), get(shapes[j], 'zz'));
}
var withSym = {};
withSym[sym] = 'symbol value';
withSym['7'] = 'index-like';
out.push(get(withSym, sym), get(withSym, '7'), get(withSym, 7), get('str', 'length'), get([1, 2], 'length'));
p.a = 'changed';
delete p.b;
out.push(get(p, 'a'), get(p, 'b'), get(p, 'g'));
console.log(out.join(' | '));
