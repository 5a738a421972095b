// Errors: executor throws reject the promise (unless already resolved),
// handlers that throw reject the derived promise, TypeErrors for misuse.
new Promise(() => { throw new Error('in executor'); }).catch((e) => console.log('1:', e.message));
new Promise((res) => { res('ok'); throw new Error('ignored'); }).then((v) => console.log('2:', v));
Promise.resolve().then(() => { throw new TypeError('in handler'); })
  .catch((e) => console.log('3:', e.name, e.message));
const p = Promise.resolve();
const self = p.then(() => self);
self.catch((e) => console.log('4:', e.name + ': ' + e.message));
try { new Promise(5); } catch (e) { console.log('5:', e.name + ': ' + e.message); }
try { Promise(() => {}); } catch (e) { console.log('6:', e.name + ': ' + e.message); }
try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log('7:', e.name + ': ' + e.message); }
let resolveOut, rejectOut;
new Promise((res, rej) => { resolveOut = res; rejectOut = rej; }).then((v) => console.log('8:', v), (e) => console.log('8 rejected:', e));
resolveOut('first');
rejectOut('second');
resolveOut('third');
console.log(resolveOut.length, resolveOut.name === '', Promise.length, Promise.name);
const badThen = { get then() { throw new Error('then getter'); } };
Promise.resolve(badThen).catch((e) => console.log('9:', e.message));
Promise.resolve({ then(res, rej) { rej('thenable rejected'); } }).catch((e) => console.log('10:', e));
