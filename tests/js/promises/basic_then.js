// Promise basics: the executor runs synchronously, then() callbacks run
// later as microtasks, chained values flow through, and a non-callable
// handler passes the value (or reason) through.
console.log('start');
const p = new Promise((resolve) => {
  console.log('executor');
  resolve(1);
});
p.then((v) => {
  console.log('then 1:', v);
  return v + 1;
}).then((v) => {
  console.log('then 2:', v);
  return new Promise((r) => r(v * 10));
}).then((v) => console.log('then 3:', v));
p.then(null).then((v) => console.log('passed through:', v));
Promise.reject(new Error('nope')).then(5, undefined).catch((e) => console.log('caught:', e.message));
console.log(typeof p.then, p instanceof Promise, Object.prototype.toString.call(p));
console.log('end');
