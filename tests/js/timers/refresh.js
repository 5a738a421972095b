// refresh() restarts a timer from now with its original duration and
// callback; it re-arms even a timer that already fired. Timer objects
// convert to a number id that clearTimeout also accepts. Tolerance: a
// refreshed timer must not fire before its last refresh + 20 ms - 1 ms of
// clock rounding; no upper bound is checked.
const start = Date.now();
let lastRefresh = start;
const fires = [];
const t = setTimeout(() => {
  fires.push(Date.now());
  if (fires.length === 1) t.refresh();
}, 20);
const keepRefreshing = setInterval(() => {
  if (Date.now() - start < 60) {
    t.refresh();
    lastRefresh = Date.now();
  } else {
    clearInterval(keepRefreshing);
  }
}, 5);
const id = setTimeout(() => console.log('never'), 10);
console.log(typeof +id, `${id}` === String(+id), t.refresh() === t);
clearTimeout(+id);
process.on('exit', () => {
  console.log('fired twice:', fires.length === 2);
  console.log('not before the last refresh + 20 ms:', fires[0] - lastRefresh >= 19);
  console.log('refired after its own refresh:', fires[1] - fires[0] >= 19);
});
