// Requests queued before the first resume: three next() calls made
// synchronously are served in order, each promise settles with its own
// result, and requests past the end get {undefined, done: true}.
async function* g() {
  console.log('body starts');
  const x = yield 'first';
  console.log('x', x);
  await null;
  const y = yield 'second';
  console.log('y', y);
  return 'last';
}

const it = g();
const ps = [it.next('a'), it.next('b'), it.next('c'), it.next('d'), it.return('e'), it.throw('f')];
console.log('all requested');
ps.forEach((p, i) => p.then((r) => console.log(i, 'ok', r), (e) => console.log(i, 'err', e)));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
