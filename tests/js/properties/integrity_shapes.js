// frozen and sealed objects built the same way share a shape, as in V8
// Flags: --allow-natives-syntax
// Modes: default no-jit jit-eager ic-eager
// Reason: the non-extensible shape is a root copy that does not keep its parent alive; under --gc-stress a full GC between the two freezes may collect the unfrozen shape and its weak edge, so the second object builds a fresh branch (V8's frozen maps keep a back pointer)
const a = Object.freeze({x: 1, y: 2});
const b = Object.freeze({x: 3, y: 4});
console.log(%HaveSameMap(a, b), %HasFastProperties(a));
const c = Object.seal({x: 1, y: 2});
const d = Object.seal({x: 5, y: 6});
console.log(%HaveSameMap(c, d), %HaveSameMap(a, c), %HasFastProperties(c));
const e = {x: 1, y: 2};
console.log(%HaveSameMap(a, e));
