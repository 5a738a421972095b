// static and instance methods may be named with reserved words
class M {
  static with() { return 'with'; } static of() { return 'of'; } static new() { return 'new'; }
  static delete() { return 'delete'; } static get() { return 'get'; } static set() { return 'set'; }
  static static() { return 'static'; } static async() { return 'async'; } static class() { return 'class'; }
  if() { return 'if'; } default() { return 'default'; } constructor2() { return 'c2'; }
}
console.log(M.with(), M.of(), M.new(), M.delete(), M.get(), M.set(), M.static(), M.async(), M.class());
const m = new M(); console.log(m.if(), m.default(), m.constructor2());
