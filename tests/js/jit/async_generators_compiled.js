// Flags: --allow-natives-syntax
// Modes: default jit-eager gc-stress ic-eager
// Reason: under --no-jit there is no baseline code, so the status stays kInterpreted (129)
// Async generators in baseline code (as async functions and sync generators
// are): %CompileBaseline gives them code (%GetOptimizationStatus has
// kBaseline, 1 << 15, as node reports for Sparkplug code), and every resume
// -- after a yield, after an await, for each queued request -- enters the
// compiled code, whose SwitchOnGeneratorState jumps to the resume point.
// yield*, return() and throw() through compiled frames, and a long loop
// inside the body that moves into the code by OSR.
async function* counter(limit) {
  let total = 0;
  try {
    for (let i = 0; i < limit; i++) {
      const sent = yield i;
      await null;
      if (sent !== undefined) total += sent;
    }
  } finally {
    console.log('counter finally, total', total);
  }
  return total;
}
%CompileBaseline(counter);
console.log('counter', %GetOptimizationStatus(counter));

async function* delegate() {
  const r = yield* counter(3);
  yield 'inner returned ' + r;
}
%CompileBaseline(delegate);

const object = {
  async *method(x) { yield x; yield await Promise.resolve(x + 1); },
};
%CompileBaseline(object.method);
console.log('method', %GetOptimizationStatus(object.method));

async function* hot() {
  let sum = 0;
  for (let i = 0; i < 200000; i++) sum += i % 7;  // OSR in default mode
  yield sum;
  await null;
  yield sum * 2;
}

async function main() {
  const g = counter(5);
  console.log(JSON.stringify(await g.next()), JSON.stringify(await g.next(10)),
              JSON.stringify(await g.next(20)));
  console.log(JSON.stringify(await g.return(99)), JSON.stringify(await g.next()));

  const out = [];
  for await (const v of delegate()) out.push(v);
  console.log(out.join(' | '));

  const m = object.method(1);
  console.log(JSON.stringify([await m.next(), await m.next(), await m.next()]));

  const t = counter(4);
  await t.next();
  try {
    await t.throw(new Error('thrown in'));
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log(JSON.stringify(await t.next()));

  // Requests queued before the compiled frame ever runs.
  const q = counter(2);
  const all = await Promise.all([q.next(), q.next(5), q.next(7)]);
  console.log(JSON.stringify(all));

  const h = hot();
  console.log(JSON.stringify(await h.next()), JSON.stringify(await h.next()));
  console.log('after runs', %GetOptimizationStatus(counter) & (1 << 15),
              %GetOptimizationStatus(delegate) & (1 << 15));
}
main();
