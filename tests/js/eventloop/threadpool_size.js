// Env: UV_THREADPOOL_SIZE=1
// libuv's thread pool honours UV_THREADPOOL_SIZE: with one thread the
// requests run one after another in the order they were queued, so the
// callbacks arrive in that order (with the default 4 threads they overlap
// and may finish in any order). Sizes vary so that, with several threads,
// the order would not hold.
const crypto = require('crypto');
const order = [];
for (let i = 0; i < 8; i++) {
  crypto.randomBytes(i % 2 === 0 ? 200000 : 16, () => order.push(i));
}
process.on('exit', () => console.log(order.join(' ')));
