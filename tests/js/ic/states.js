// Flags: --allow-natives-syntax
// IC state machines as V8 has them: 0 -> 1 -> P (up to 4 shapes) -> N,
// read through %ICState(f, n) (the n-th property site of f) and
// %GetFeedback(f). Lucid-only natives: see node_differs.txt. Every object
// stays reachable (keep): feedback holds shapes weakly, and a shape with no
// live object may die and clear its entries (see --gc-stress).
const keep = [];
function k(o) { keep.push(o); return o; }
function getX(o) { return o.x; }
%PrepareFunctionForOptimization(getX);
const states = [%ICState(getX, 0)];
getX(k({ x: 1 }));
states.push(%ICState(getX, 0));
getX(k({ x: 1 }));                       // same shape: stays monomorphic
states.push(%ICState(getX, 0));
getX(k({ x: 1, a: 1 }));
states.push(%ICState(getX, 0));
getX(k({ x: 1, b: 1 })); getX(k({ x: 1, c: 1 }));
states.push(%ICState(getX, 0));       // four shapes: still polymorphic
getX(k({ x: 1, d: 1 }));
states.push(%ICState(getX, 0));       // the fifth: megamorphic
console.log('load:', states.join(' '));

function Point(x, y) { this.x = x; this.y = y; }
%PrepareFunctionForOptimization(Point);
k(new Point(1, 2));
k(new Point(3, 4));
console.log('constructor stores:', %ICState(Point, 0), %ICState(Point, 1));

function setV(o, v) { o.v = v; }
%PrepareFunctionForOptimization(setV);
const target = { v: 0 };
setV(target, 1); setV(target, 2);
console.log('field store:', %ICState(setV, 0));
setV(k({}), 1);                           // a transition from {} as well
console.log('field + transition:', %ICState(setV, 0));

function elem(a, i) { return a[i]; }
%PrepareFunctionForOptimization(elem);
elem(k([1, 2]), 0); elem(k([1, 2]), 1);
const s1 = %ICState(elem, 0);
elem(k([1.5]), 0);
const s2 = %ICState(elem, 0);
elem(k({ k: 1 }), 'k');                  // a name after elements: megamorphic
console.log('keyed:', s1, s2, %ICState(elem, 0));

function named(o, k) { return o[k]; }
%PrepareFunctionForOptimization(named);
named(k({ a: 1 }), 'a'); named(k({ a: 1, b: 2 }), 'a');
const n1 = %ICState(named, 0);
named(k({ a: 1 }), 'b');                 // a second name
console.log('keyed names:', n1, %ICState(named, 0));

function calls(f) { return f(); }
%PrepareFunctionForOptimization(calls);
calls(k(() => 1));
console.log(%GetFeedback(calls).join(' | '));
calls(k(() => 2));
console.log(%GetFeedback(calls).join(' | '));

function arith(a, b) { return a + b; }
%PrepareFunctionForOptimization(arith);
arith(1, 2);
const h1 = %GetFeedback(arith)[0];
arith(1.5, 2);
const h2 = %GetFeedback(arith)[0];
arith('a', 'b');
console.log(h1, '/', h2, '/', %GetFeedback(arith)[0]);

function dict(o) { return o.r; }
%PrepareFunctionForOptimization(dict);
const d = { q: 1, r: 2 };
delete d.q;                            // not the last-added: dictionary mode
dict(d);
console.log('dictionary receiver:', %ICState(dict, 0), %HasFastProperties(d));
// (The tier bits of the status depend on the mode: tests/js/jit.)
console.log('status:', (%GetOptimizationStatus(dict) & 1) === 1, %GetFeedback(function () {}));
