// Sequential awaits vs Promise.all: the same results; the event order
// shows that Promise.all starts every task before waiting.
const events = [];
function task(name, ticks) {
  events.push('start ' + name);
  let p = Promise.resolve(name);
  for (let i = 0; i < ticks; i++) p = p.then((v) => v);
  return p.then((v) => { events.push('done ' + name); return v.toUpperCase(); });
}
async function sequential() {
  const a = await task('a', 3);
  const b = await task('b', 1);
  const c = await task('c', 2);
  return [a, b, c];
}
async function parallel() {
  return Promise.all([task('x', 3), task('y', 1), task('z', 2)]);
}
async function main() {
  console.log('sequential:', await sequential());
  console.log(events.join(', '));
  events.length = 0;
  console.log('parallel:', await parallel());
  console.log(events.join(', '));
}
main();
