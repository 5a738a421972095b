// crypto.randomBytes(n) (sync: the calling thread) and
// crypto.randomBytes(n, cb) (libuv's thread pool), the seed's sync-vs-async
// pattern without BigInt: the async requests overlap on the pool threads
// (UV_THREADPOOL_SIZE, default 4) and their callbacks all arrive.
const crypto = require('crypto');
const sync = crypto.randomBytes(256);
console.log(sync.length, sync.every((b) => Number.isInteger(b) && b >= 0 && b < 256));
console.log(crypto.randomBytes(0).length, crypto.randomBytes(8).toString('hex').length);
const start = process.hrtime();
for (let i = 0; i < 100; i++) crypto.randomBytes(256);
const elapsed = process.hrtime(start);
console.log('sync loop finished:', elapsed.length === 2 && elapsed[0] >= 0);
let done = 0;
for (let i = 0; i < 100; i++) {
  crypto.randomBytes(256, (err, buf) => {
    if (err !== null || buf.length !== 256) console.log('bad result', err);
    if (++done === 100) console.log('async callbacks:', done);
  });
}
console.log('queued, done so far:', done);
for (const bad of [-1, 'x', 2 ** 31]) {
  try { crypto.randomBytes(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { crypto.randomBytes(1, 5); } catch (e) { console.log(e.name, e.code, e.message); }
