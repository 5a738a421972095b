// await of a native promise takes no extra ticks; returning a promise
// from an async function (or resolving with one) takes two more.
const log = (s) => console.log(s);
async function returnsPromise() { return Promise.resolve('rp'); }
async function returnsValue() { return 'rv'; }
async function awaitsValue() { await 1; return 'av'; }
returnsPromise().then(log);
returnsValue().then(log);
awaitsValue().then(log);
Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4'));
(async () => {
  log('iife start');
  await null;
  log('iife after await null');
  await new Promise((r) => r());
  log('iife after await promise');
  await { then(r) { log('thenable then'); r(); } };
  log('iife after await thenable');
})();
