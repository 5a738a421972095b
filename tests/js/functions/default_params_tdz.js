// Parameters of a list with defaults are initialized left to right, each
// in its TDZ until then.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
attempt('later param', () => (function (a = b, b) { return a; })(undefined, 1));
attempt('own param', () => (function (a = a) { return a; })());
attempt('earlier param', () => (function (a, b = a + 1) { return b; })(1));
attempt('arrow', () => ((a = b, b = 2) => a)());
attempt('closure called early', () => ((a = () => b, c = a(), b = 2) => c)());
attempt('closure called late', () => ((a = () => b, b = 2) => a())());
attempt('pattern', () => (function ({ p } = q, q = {}) { return p; })());
attempt('assignment in TDZ', () => (function (a = (b = 1), b) { return a; })());
attempt('body var copy', () => (function (a, b = 2) { var a; return a + b; })(1));
