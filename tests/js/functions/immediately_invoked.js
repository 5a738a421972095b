// IIFEs in their various spellings.
const a = (function () { return 'paren outside'; })();
const b = (function () { return 'paren inside'; }());
const c = !function () { console.log('bang'); }();
const d = (() => 'arrow')();
const e = void function () { console.log('void'); }();
console.log(a, b, c, d, e);
const counter = (function () {
  let n = 0;
  return { next: () => ++n };
})();
console.log(counter.next(), counter.next());
