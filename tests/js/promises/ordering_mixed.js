// Ordering puzzle: a 7-step then chain interleaved with awaits (of
// undefined, in a loop, of a thenable), Promise.resolve of a native promise
// (no tick) vs new Promise(r => r(p)) (two ticks), finally, catch, the
// combinators and queueMicrotask; the log is compared with node line by line.
const log = [];
const L = (s) => log.push(s);
Promise.resolve().then(() => L(1)).then(() => L(2)).then(() => L(3)).then(() => L(4)).then(() => L(5)).then(() => L(6)).then(() => L(7));
(async () => { L('a0'); await undefined; L('a1'); await undefined; L('a2'); })();
(async () => { for (let i = 0; i < 3; i++) { await i; L('loop' + i); } })();
const p = Promise.resolve('p');
Promise.resolve(p).then(() => L('Promise.resolve(p) same'));
new Promise((r) => r(p)).then(() => L('new Promise(r=>r(p))'));
p.finally(() => L('finally')).then(() => L('after finally'));
Promise.reject('x').catch(() => L('catch')).then(() => L('after catch'));
const thenable = { then(r) { L('thenable.then'); r('T'); } };
(async () => { const v = await thenable; L('awaited ' + v); })();
(async () => { return thenable; })().then((v) => L('returned thenable ' + v));
(async () => { try { await Promise.reject('E'); } catch (e) { L('caught ' + e); } })();
Promise.all([1, Promise.resolve(2)]).then(() => L('all'));
Promise.race([p]).then(() => L('race'));
Promise.allSettled([p]).then(() => L('allSettled'));
Promise.any([p]).then(() => L('any'));
queueMicrotask(() => L('qm'));
setTimeoutish();
function setTimeoutish() { let q = Promise.resolve(); for (let i = 0; i < 20; i++) q = q.then(() => {}); q.then(() => console.log(log.join('\n'))); }
