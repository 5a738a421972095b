// yield* in an async generator when the inner iterator has no throw(): the
// spec's AsyncIteratorClose awaits the inner return() result (a promise
// settling in a timer here) before the TypeError reaches the generator;
// a non-object result is its own TypeError, and a throwing return() wins.
// A sync iterable's AsyncFromSyncIterator has a throw() that, like V8's in
// node 20, rejects with the thrown value when the sync iterator has none.
const log = [];
function tick(label, n) {
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(() => log.push(label + ' tick ' + i));
  return p;
}
function makeInner(returnResult) {
  return {
    [Symbol.asyncIterator]() { return this; },
    next(v) { log.push('inner next'); return Promise.resolve({ value: 1, done: false }); },
    return(v) {
      log.push('inner return called');
      return new Promise((resolve) => {
        setTimeout(() => { log.push('inner return settles'); resolve(returnResult); }, 0);
      });
    },
  };
}
async function* outer(inner) {
  try {
    yield* inner;
  } catch (e) {
    log.push('outer caught ' + e.name + ': ' + e.message);
  }
}
async function main() {
  for (const [name, result] of [['object', { done: true }], ['primitive', 5]]) {
    const g = outer(makeInner(result));
    await g.next();
    const p = g.throw(new Error('boom')).then(
      (r) => log.push('throw resolved ' + JSON.stringify(r)),
      (e) => log.push('throw rejected ' + e.name + ': ' + e.message));
    tick(name, 4);
    await p;
    console.log(name + ':\n  ' + log.join('\n  '));
    log.length = 0;
  }
  // A sync iterable inside an async generator: the AsyncFromSyncIterator
  // has no throw() of its own here either.
  const sync = {
    [Symbol.iterator]() {
      return { next() { return { value: 'v', done: false }; }, return() { log.push('sync return'); return {}; } };
    },
  };
  const g = outer(sync);
  console.log(await g.next());
  await g.throw(new Error('x')).then((r) => log.push('sync throw resolved ' + JSON.stringify(r)),
                                    (e) => log.push('sync throw rejected ' + e.message));
  console.log('sync:\n  ' + log.join('\n  '));
  log.length = 0;
  // return() that throws: its exception replaces the TypeError.
  const thrower = {
    [Symbol.asyncIterator]() { return this; },
    next() { return { value: 0, done: false }; },
    return() { log.push('return throws'); throw new RangeError('from return'); },
  };
  const g2 = outer(thrower);
  await g2.next();
  await g2.throw(1).then((r) => log.push('resolved ' + JSON.stringify(r)));
  console.log('thrower:\n  ' + log.join('\n  '));
}
main();
