// Promise.all / allSettled / race / any: results in input order, the
// first rejection wins for all, AggregateError for any, empty inputs,
// plain values mixed with promises.
const delay = (v, n) => {
  let p = Promise.resolve(v);
  for (let i = 0; i < n; i++) p = p.then((x) => x);
  return p;
};
Promise.all([delay('a', 3), 'b', delay('c', 1)]).then((v) => console.log('all:', v));
Promise.all([]).then((v) => console.log('all empty:', v));
Promise.all([delay(1, 2), Promise.reject(new Error('boom')), delay(3, 1)])
  .catch((e) => console.log('all rejected:', e.message));
Promise.allSettled([delay('x', 2), Promise.reject('y'), 'z']).then((r) => console.log('allSettled:', JSON.stringify(r)));
Promise.race([delay('slow', 5), delay('fast', 1)]).then((v) => console.log('race:', v));
Promise.race([delay('slow', 5), Promise.reject('fast error')]).catch((e) => console.log('race rejected:', e));
Promise.any([Promise.reject('e1'), delay('ok', 2), Promise.reject('e2')]).then((v) => console.log('any:', v));
Promise.any([Promise.reject('e1'), Promise.reject('e2')]).catch((e) => {
  console.log('any rejected:', e.constructor.name, e.name, e.message, e.errors);
  console.log(e instanceof AggregateError, e instanceof Error);
});
Promise.any([]).catch((e) => console.log('any empty:', e.name, e.errors.length));
Promise.all(5).catch((e) => console.log('all(5):', e.constructor.name, e.message));
Promise.all(new Set([delay(1, 1), 2])).then((v) => console.log('all(set):', v));
const ae = new AggregateError([1, 2], 'msg');
console.log(ae.name, ae.message, ae.errors, Object.keys(ae));
