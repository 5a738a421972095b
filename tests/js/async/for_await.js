// for await over sync iterables (values and promises), hand-written async
// iterators, break/return/throw closing the iterator, errors, ordering.
const log = [];
const L = (s) => log.push(s);
async function overArray() {
  for await (const x of [1, Promise.resolve(2), 3]) L('arr ' + x);
}
async function overAsyncIter() {
  const it = {
    i: 0,
    [Symbol.asyncIterator]() { return this; },
    next() { this.i++; return Promise.resolve({ value: this.i, done: this.i > 3 }); },
    return() { L('return called'); return Promise.resolve({ done: true }); },
  };
  for await (const v of it) { L('async ' + v); if (v === 2) break; }
}
async function overSyncWithReturn() {
  const it = {
    [Symbol.iterator]() { let n = 0; return { next() { return { value: n++, done: false }; }, return() { L('sync return'); return {}; } }; },
  };
  for await (const v of it) { L('sync ' + v); if (v === 1) break; }
}
async function throwing() {
  try {
    for await (const v of [Promise.reject(new Error('elem'))]) L('never ' + v);
  } catch (e) { L('caught ' + e.message); }
}
async function errorsInBody() {
  const it = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }), return: async () => { L('closed on throw'); return {}; } }; } };
  try { for await (const v of it) throw new Error('body ' + v); } catch (e) { L('caught ' + e.message); }
}
async function bad() {
  try { for await (const x of 5) {} } catch (e) { L(e.message); }
  try { const o = {}; for await (const x of o) {} } catch (e) { L(e.message); }
  try { for await (const x of undefined) {} } catch (e) { L(e.message); }
  try { const o = { [Symbol.asyncIterator]() { return 1; } }; for await (const x of o) {} } catch (e) { L(e.message); }
}
overArray(); overAsyncIter(); overSyncWithReturn(); throwing(); errorsInBody(); bad();
Promise.resolve().then(() => L('t1')).then(() => L('t2')).then(() => L('t3')).then(() => L('t4')).then(() => L('t5'));
let p = Promise.resolve(); for (let i = 0; i < 30; i++) p = p.then(() => {});
p.then(() => console.log(log.join('\n')));
