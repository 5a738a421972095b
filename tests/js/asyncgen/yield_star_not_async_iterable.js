// yield* in an async generator over something that is not async iterable:
// V8's texts come from its GetIterator bytecode: the method it would call
// ("undefined is not a function", "number 1 is not a function"); a call or
// property operand with neither method is "yield* (intermediate value)..."
// is not async iterable"; null/undefined fail the Symbol.asyncIterator load.
async function run(label, g) {
  try { const r = await g.next(); console.log(label, 'ok', r); }
  catch (e) { console.log(label, e.name + ': ' + e.message); }
}
const o = { h: {}, n: 5, f() { return {}; } };
const x = {};
function f() { return 7; }
(async () => {
  await run('5', (async function* () { yield* 5; })());
  await run('{}', (async function* () { yield* {}; })());
  await run('o.h', (async function* () { yield* o.h; })());
  await run('o.n', (async function* () { yield* o.n; })());
  await run('null', (async function* () { yield* null; })());
  await run('undefined', (async function* () { yield* undefined; })());
  await run('asyncIter not fn', (async function* () { yield* { [Symbol.asyncIterator]: 1 }; })());
  await run('iter not fn', (async function* () { yield* { [Symbol.iterator]: 1 }; })());
  await run('str', (async function* () { yield* 'ab'; })());
  await run('try', (async function* () { try { yield* {}; } catch (e) { yield e.message; } })());
  await run('x', (async function* () { yield* x; })());
  await run('f()', (async function* () { yield* f(); })());
  await run('o.f()', (async function* () { yield* o.f(); })());
  await run('true', (async function* () { yield* true; })());
  await run('[ ]-like obj', (async function* () { yield* {a: 1}; })());
  await run('param', (async function* (p) { yield* p; })(3));
  await run('1+2', (async function* () { yield* 1 + 2; })());
  await run('o[k]', (async function* () { yield* o['h']; })());
  await run('asyncIter null', (async function* () { yield* { [Symbol.asyncIterator]: null, [Symbol.iterator]: 1 }; })());
  await run('asyncIter ret 1', (async function* () { yield* { [Symbol.asyncIterator]() { return 1; } }; })());
  await run('iter ret 1', (async function* () { yield* { [Symbol.iterator]() { return 1; } }; })());
})();
