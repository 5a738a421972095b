// yield* of something that is not iterable: V8's texts, which name the value
// by its type (number 5, object, undefined) or, for a call or property
// operand, by its call-printer rendering.
function* l() { try { yield* 5; } catch (e) { yield e.message; } }
console.log([...l()]);
const obj = { notIterable: 1 };
function* m() { try { yield* obj; } catch (e) { yield e.message; } }
console.log([...m()]);
function* n() { try { yield* obj.notIterable; } catch (e) { yield e.message; } }
console.log([...n()]);
function* o() { try { yield* undefined; } catch (e) { yield e.message; } }
console.log([...o()]);
function* p() { try { yield* (1 + 2); } catch (e) { yield e.message; } }
console.log([...p()]);
function* q() { try { yield* f(); } catch (e) { yield e.message; } } function f() { return 1; }
console.log([...q()]);
