// Errors: a throw in the body rejects the pending request and closes the
// generator; a rejected await can be caught inside; a parameter error
// throws at the call; next() with a wrong receiver rejects (no throw).
async function* thrower() {
  yield 1;
  throw new RangeError('bad');
}

async function* catcher() {
  try {
    await Promise.reject(new Error('rejected await'));
  } catch (e) {
    yield 'caught ' + e.message;
  }
}

async function* params({ a }) {
  yield a;
}

async function main() {
  const t = thrower();
  console.log(await t.next());
  await t.next().then(null, (e) => console.log('rejected', e.name, e.message));
  console.log(await t.next());
  const c = catcher();
  console.log(await c.next());
  console.log(await c.next());
  try {
    params();
  } catch (e) {
    console.log('sync', e.name);
  }
  const next = Object.getPrototypeOf(thrower.prototype).next;
  const p = next.call({});
  console.log('is promise', p instanceof Promise);
  await p.then(null, (e) => console.log('rejected', e.name, e.message));
}
main();
