// Flags: --allow-natives-syntax
// %Name(args) calls the native; an unknown name is a ReferenceError when
// reached (V8 reports it as an early SyntaxError instead: see node_differs).
const o = { a: 1 };
console.log(%HasFastProperties(o), %HaveSameMap(o, { a: 2 }));
console.log(typeof %HaveSameMap(o, o), 10 % %HaveSameMap(o, o));
try {
  %NoSuchNative(1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
