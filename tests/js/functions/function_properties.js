// name and length of different function forms.
function decl(a, b) {}
const expr = function (a) {};
const namedExpr = function inner() {};
const arrow = (x, y, z) => {};
const obj = { method() {}, ['comp' + 'uted']() {}, get g() { return 1; } };
class K { static s() {} m() {} }
console.log(decl.name, decl.length, expr.name, expr.length, namedExpr.name);
console.log(arrow.name, arrow.length, obj.method.name, obj.computed.name);
console.log(K.name, K.s.name, K.prototype.m.name, (function () {}).name === '');
console.log(Object.getPrototypeOf(decl) === Function.prototype, typeof Function.prototype);
