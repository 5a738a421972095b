// finally: runs on both outcomes, sees no argument, keeps the original
// value or reason unless it throws or returns a rejected promise.
Promise.resolve(1).finally(function () { console.log('finally 1 args:', arguments.length); return 99; })
  .then((v) => console.log('value kept:', v));
Promise.reject(new Error('r')).finally(() => console.log('finally 2'))
  .catch((e) => console.log('reason kept:', e.message));
Promise.resolve(2).finally(() => { throw new Error('from finally'); })
  .catch((e) => console.log('finally threw:', e.message));
Promise.resolve(3).finally(() => Promise.reject('rejected in finally'))
  .catch((e) => console.log('finally rejected:', e));
Promise.resolve(4).finally().then((v) => console.log('no callback:', v));
const order = [];
Promise.resolve().then(() => order.push('a')).then(() => order.push('b')).then(() => order.push('c'))
  .then(() => order.push('d')).then(() => order.push('e')).then(() => console.log(order.join(' ')));
Promise.resolve().finally(() => order.push('F')).then(() => order.push('after F'));
