// Timer accuracy: a timer never fires early and fires within a generous
// bound on a loaded machine (tolerances: not before its delay minus 1 ms
// of clock rounding, and less than 1500 ms late). setTimeout(fn, 0) is a
// 1 ms timer: the same list as 1 ms, so it runs first of the two.
const start = Date.now();
const delays = [0, 1, 10, 25, 50];
let pending = delays.length;
const results = [];
for (const d of delays) {
  setTimeout(() => {
    const elapsed = Date.now() - start;
    results.push(`${d} ms: not early ${elapsed >= d - 1}, not very late ${elapsed < d + 1500}`);
    if (--pending === 0) console.log(results.join('\n'));
  }, d);
}
