// The seed's execution-order sample, verbatim in fixtures/ (from
// ../shared/seed/samples): sync, then nextTick, then the promise microtask,
// always in that order; setImmediate and setTimeout(0) come after, in
// whichever order the loop's timing gives at top level (node varies too),
// so those two lines are printed sorted.
const lines = [];
const log = console.log;
console.log = (...args) => lines.push(args.join(' '));
require('./fixtures/execution_order.js');
setTimeout(() => {
  console.log = log;
  for (const line of lines.slice(0, 3)) console.log(line);
  console.log(lines.slice(3).sort().join(' | '));
}, 20);
