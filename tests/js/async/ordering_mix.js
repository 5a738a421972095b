// Ordering puzzle: awaiting an async function that returns a promise,
// return await in try/catch, thenables with a then getter (read once, in
// the job), executor code after resolve, finally after a handled
// rejection, combinators over async calls, nested queueMicrotask.
const log = [];
const L = (s) => log.push(s);
async function a() { L('a start'); await b(); L('a end'); }
async function b() { L('b'); return Promise.resolve('b-val'); }
a();
async function c() { try { return await Promise.reject(new Error('c')); } catch (e) { L('c caught'); return 'c-ret'; } }
c().then(L);
async function d() { return Promise.reject(new Error('d')); }
d().catch((e) => L('d rejected ' + e.message));
const thenable = { get then() { L('then getter'); return (res) => { L('then called'); res('T'); }; } };
Promise.resolve(thenable).then((v) => L('resolved ' + v));
(async () => L('awaited ' + await thenable))();
new Promise((res) => { res(1); L('after res'); }).then(L);
Promise.reject(new Error('r')).then(null, (e) => L('onRejected ' + e.message)).finally(() => L('fin'));
const pr = Promise.resolve();
pr.then(() => { L('p1'); return new Promise((r) => setTimeoutFake(r)); });
function setTimeoutFake(r) { Promise.resolve().then(() => Promise.resolve()).then(() => { L('fake timer'); r(); }); }
Promise.all([a(), c(), Promise.resolve(7)]).then((v) => L('all ' + JSON.stringify(v)));
Promise.race([new Promise(() => {}), Promise.resolve('race-win')]).then(L);
Promise.allSettled([d(), 1]).then((r) => L('settled ' + r.map((x) => x.status).join()));
(async () => { const [x, y] = await Promise.all([1, (async () => 2)()]); L('destructured ' + (x + y)); })();
(async function () { for (const f of [async () => 1, async () => 2]) L('seq ' + await f()); })();
queueMicrotask(() => { L('qm1'); queueMicrotask(() => L('qm nested')); });
let p = Promise.resolve(); for (let i = 0; i < 40; i++) p = p.then(() => {});
p.then(() => console.log(log.join('\n')));
