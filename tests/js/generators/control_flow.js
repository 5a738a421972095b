// Control flow around yields: for-of over an inner generator closed by an
// outer return(), yield* over an array iterator (no return/throw methods),
// destructuring the sent value, for-in, loops with break/continue/labels,
// switch fallthrough, and try/catch/finally that all yield.
function* inner() { try { yield 1; yield 2; } finally { console.log('inner closed'); } }
function* outer() { try { for (const x of inner()) yield x * 10; } finally { console.log('outer closed'); } }
const o = outer(); console.log(o.next()); console.log(o.return('stop')); console.log(o.next());
function* arr() { const r = yield* [1, 2, 3]; console.log('never', r); }
const a = arr(); console.log(a.next()); console.log(a.return('x')); console.log(a.next());
const b = arr(); b.next(); try { b.throw(new Error('t')); } catch (e) { console.log(e.message); } console.log(b.next());
function* d() { const [x, y] = yield 'want pair'; yield x + y; }
const di = d(); di.next(); console.log(di.next([3, 4]));
function* e() { for (const k in { a: 1, b: 2, c: 3 }) yield k; }
console.log([...e()]);
function* f() { let i = 0; while (true) { if (i++ > 3) break; if (i % 2) continue; yield i; } do { yield 'do'; } while (false); }
console.log([...f()]);
function* sw(x) { switch (x) { case 1: yield 'one'; case 2: yield 'two'; break; default: yield 'def'; } }
console.log([...sw(1)], [...sw(3)]);
function* lab() { outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; yield [i, j]; } } }
console.log([...lab()]);
function* tc() { try { yield 1; throw new Error('x'); } catch (e) { yield e.message; } finally { yield 'fin'; } yield 'after'; }
console.log([...tc()]);
