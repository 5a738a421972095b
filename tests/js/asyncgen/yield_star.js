// yield* in async generators: delegation to an async generator and to a
// sync iterable, next values passed through, return() and throw()
// forwarded, the inner generator's return value as yield*'s result,
// an undefined/null operand rejecting the request, and the tick count of
// a delegated next().
async function* inner() {
  try {
    const a = yield 'i1';
    console.log('inner got', a);
    yield Promise.resolve('i2');
    return 'inner-ret';
  } finally {
    console.log('inner finally');
  }
}
async function* outer() {
  const r = yield* inner();
  console.log('yield* result', r);
  yield* [Promise.resolve('s1'), 's2'];
  return 'outer-ret';
}
async function* bad(v) {
  yield* v;
}
async function* catcher() {
  try {
    yield* inner();
  } catch (e) {
    console.log('outer caught', e);
  }
}
async function main() {
  const o = outer();
  for (let i = 0; i < 6; i++) console.log(await o.next('n' + i));
  const o2 = outer();
  console.log(await o2.next());
  console.log(await o2.return('early'));
  console.log(await o2.next());
  const c = catcher();
  console.log(await c.next());
  console.log(await c.throw('thrown'));
  for (const v of [undefined, null]) {
    await bad(v).next().then(null, (e) => console.log(e.name + ': ' + e.message));
  }
  const t = [];
  Promise.resolve().then(() => t.push('t1')).then(() => t.push('t2')).then(() => t.push('t3')).then(() => t.push('t4')).then(() => t.push('t5'));
  const o3 = outer();
  await o3.next().then(() => t.push('next'));
  console.log(t.join(' '));
}
main();
