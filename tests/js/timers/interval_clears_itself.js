// An interval that clears itself after its third run; another cleared by
// a timer; clearInterval/clearTimeout are interchangeable, as in node.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval run', n);
  if (n === 3) clearInterval(iv);
}, 5);
let m = 0;
const other = setInterval(() => { m++; }, 2);
setTimeout(() => {
  clearTimeout(other);
  const seen = m;
  setTimeout(() => console.log('cleared interval stopped:', m === seen, 'ran at least once:', seen > 0), 20);
}, 40);
const t = setInterval(() => console.log('never: cleared with clearTimeout'), 1);
clearTimeout(t);
process.on('exit', () => console.log('exit after', n, 'runs'));
