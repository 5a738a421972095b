// #x in obj checks the brand without throwing
class A {
  #f; #m() {} get #a() { return 1; } static #s = 1;
  static check(o) { return [#f in o, #m in o, #a in o, #s in o]; }
}
console.log(A.check(new A()), A.check({}), A.check(A));
try { A.check(1); } catch (e) { console.log(e.name + ': ' + e.message); }
