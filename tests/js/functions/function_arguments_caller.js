// Sloppy `function` functions have own "arguments" and "caller" data
// properties (null, non-writable, non-enumerable, non-configurable) between
// "name" and "prototype", as V8's sloppy function map; strict functions,
// arrows, methods, accessors, generators, async functions, classes,
// builtins and bound functions have none and reach Function.prototype's
// %ThrowTypeError% accessors, which throw V8's message.
function decl() {}
const expr = function () {};
const named = function inner() {};
function strictFn() { 'use strict'; }
const cases = {
  decl, expr, named, strictFn,
  arrow: () => {},
  method: { m() {} }.m,
  getter: Object.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g').get,
  gen: function* () {},
  async: async function () {},
  asyncArrow: async () => {},
  klass: class {},
  classMethod: class { m() {} }.prototype.m,
  staticMethod: class { static s() {} }.s,
  builtin: Math.max,
  bound: decl.bind(null),
};
for (const [label, f] of Object.entries(cases)) console.log(label, Object.getOwnPropertyNames(f));
console.log(Object.getOwnPropertyDescriptor(decl, 'arguments'));
console.log(Object.getOwnPropertyDescriptor(decl, 'caller'));
console.log('not executing', decl.arguments, decl.caller, expr.arguments, expr.caller);
console.log('in', 'caller' in decl, decl.hasOwnProperty('arguments'), 'caller' in strictFn,
            strictFn.hasOwnProperty('caller'));
console.log('enumerable keys', Object.keys(decl), JSON.stringify(Object.entries(decl)));

function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
for (const name of ['strictFn', 'arrow', 'method', 'gen', 'async', 'klass', 'builtin', 'bound']) {
  attempt(name + '.caller', () => cases[name].caller);
  attempt(name + '.arguments', () => cases[name].arguments);
}
attempt('strict set caller', () => { strictFn.caller = 1; return 'set'; });
attempt('arrow set arguments (sloppy code)', () => { cases.arrow.arguments = 1; return 'set'; });

// Writes and deletes of the own properties: ignored in sloppy code, errors
// in strict code.
decl.caller = 5;
decl.arguments = 6;
console.log('sloppy writes ignored', decl.caller, decl.arguments, delete decl.caller, decl.caller);
attempt('strict write', () => { 'use strict'; decl.caller = 5; });
attempt('strict delete', () => { 'use strict'; delete decl.arguments; });
attempt('redefine', () => Object.defineProperty(decl, 'caller', { value: 1 }));

// Function.prototype: accessors with one %ThrowTypeError% as getter and
// setter of both, the same function a strict arguments object's callee uses.
const fp = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
const fa = Object.getOwnPropertyDescriptor(Function.prototype, 'arguments');
console.log(typeof fp.get, fp.get === fp.set, fp.get === fa.get, fp.enumerable, fp.configurable);
const calleeGetter = (function () { 'use strict'; return Object.getOwnPropertyDescriptor(arguments, 'callee').get; })();
console.log('same thrower as callee', fp.get === calleeGetter, fp.get.name === '', fp.get.length);
attempt('thrower called', () => fp.get());
console.log(Object.getOwnPropertyNames(Function.prototype).filter((k) => k === 'caller' || k === 'arguments'));

// The extra fields do not disturb shapes: functions made by one literal
// share a shape, and frozen functions stay usable.
function make() { return function () {}; }
const a = make(), b = make();
console.log('frozen', Object.isFrozen(Object.freeze(a)), a.caller, typeof b.prototype);
// The caller a strict function hides is null in V8 too (Lucid's caller is
// always null; the live values during a call are a known gap).
function callee() { return callee.caller; }
function strictCaller() { 'use strict'; return callee(); }
console.log('strict caller hidden', strictCaller());
