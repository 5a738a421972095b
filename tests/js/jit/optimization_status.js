// Flags: --allow-natives-syntax
// Modes: default jit-eager gc-stress ic-eager
// Reason: under --no-jit there is no baseline code, so the status stays kInterpreted (129)
// %GetOptimizationStatus with V8 11.3's bits: kIsFunction (1) and
// kBaseline (1 << 15) once %CompileBaseline gave the function baseline
// code, as node reports for Sparkplug code.
function f(a) { return a + 1; }
f(1);
%CompileBaseline(f);
console.log(%GetOptimizationStatus(f), f(41));
const g = (x) => x * 2;
%PrepareFunctionForOptimization(g);
g(1);
%CompileBaseline(g);
console.log(%GetOptimizationStatus(g) & (1 << 15), g(21));
