// throw() into a suspended async generator lands at the yield (a catch can
// handle it); return() while suspended at a yield inside try/finally runs
// the finally (which may itself yield); return()/throw() on a generator
// that has not started close it without running the body.
async function* g1() {
  try {
    yield 1;
  } catch (e) {
    console.log('caught', e);
    yield 'after catch';
  }
  yield 'end';
}

async function* g2() {
  try {
    yield 'a';
    console.log('not reached');
  } finally {
    console.log('finally runs');
    yield 'from finally';
    console.log('finally done');
  }
}

async function* g3() {
  console.log('body must not run');
  yield 1;
}

async function main() {
  const a = g1();
  console.log(await a.next());
  console.log(await a.throw('boom'));
  console.log(await a.next());
  console.log(await a.next());
  try {
    await a.throw(new Error('late'));
  } catch (e) {
    console.log('rejected', e.message);
  }

  const b = g2();
  console.log(await b.next());
  console.log(await b.return('R'));
  console.log(await b.next());
  console.log(await b.next());

  const c = g3();
  console.log(await c.return(Promise.resolve('early')));
  console.log(await c.next());
  const d = g3();
  try {
    await d.throw(new TypeError('never started'));
  } catch (e) {
    console.log('rejected', e.name, e.message);
  }
  console.log(await d.next());
}
main();
