// Flags: --allow-natives-syntax
// [[Construct]] and argument handling in compiled functions: missing and
// extra arguments, `arguments`, rest parameters, spread calls, base and
// derived constructors and their return rules, sloppy `this`.
function three(a, b, c) { return [a, b, c, arguments.length].join('/'); }
function rest(first, ...more) { return first + ':' + more.length; }
%CompileBaseline(three);
%CompileBaseline(rest);
console.log(three(1), three(1, 2, 3, 4), rest(1), rest(1, 2, 3), three(...[7, 8, 9]));
function Base(x) { this.x = x; return 5; }        // a primitive: `this` wins
function Other() { return { other: true }; }       // an object wins
%CompileBaseline(Base);
%CompileBaseline(Other);
console.log(new Base(3).x, new Other().other);
class A { constructor(v) { this.v = v; } get twice() { return this.v * 2; } }
class B extends A { constructor(v) { super(v + 1); this.w = v; } }
class Bad extends A { constructor() { super(1); return 7; } }
%CompileBaseline(A);
%CompileBaseline(B);
%CompileBaseline(Bad);
const b = new B(4);
console.log(b.v, b.w, b.twice, b instanceof A);
try { new Bad(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { A(); } catch (e) { console.log(e.name + ': ' + e.message); }
function sloppyThis() { return typeof this; }
function strictThis() { 'use strict'; return typeof this; }
%CompileBaseline(sloppyThis);
%CompileBaseline(strictThis);
console.log(sloppyThis(), strictThis(), sloppyThis.call(5), strictThis.call(5));
function callsUndefined() { const f = undefined; return f(); }
%CompileBaseline(callsUndefined);
try { callsUndefined(); } catch (e) { console.log(e.name + ': ' + e.message); }
