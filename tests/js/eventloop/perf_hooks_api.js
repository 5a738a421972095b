// perf_hooks: performance.now / timeOrigin / eventLoopUtilization and the
// monitorEventLoopDelay histogram's API and argument errors. Values are
// timing-dependent, so only their relations are printed: a histogram that
// saw a 100 ms block has max >= 100 ms (tolerance: none needed, a sample
// spans the whole block).
const { performance, monitorEventLoopDelay } = require('perf_hooks');
console.log(typeof performance.now(), performance.now() >= 0, performance.timeOrigin > 1.6e12,
            performance === globalThis.performance);
console.log(performance.eventLoopUtilization());
const h = monitorEventLoopDelay({ resolution: 10 });
console.log(h.min, h.max, h.mean, h.stddev, h.count, h.exceeds);
console.log(h.enable(), h.enable());
setTimeout(() => {
  const end = Date.now() + 100;
  while (Date.now() < end) {}
}, 30);
setTimeout(() => {
  console.log(h.disable(), h.disable());
  console.log('count > 3:', h.count > 3, 'max >= 100ms:', h.max / 1e6 >= 100, 'min > 0:', h.min > 0);
  console.log('mean > 10ms:', h.mean / 1e6 > 10, 'stddev > 0:', h.stddev > 0, 'p100 = max:', h.percentile(100) === h.max);
  const p = h.percentiles;
  // node's map is a SafeMap whose values are HDR bucket bounds: keys only.
  console.log(typeof p.get, p.size > 2, [...p.keys()].slice(0, 3));
  const elu = performance.eventLoopUtilization();
  console.log(Object.keys(elu), elu.utilization > 0 && elu.utilization <= 1, elu.active > 90);
  const delta = performance.eventLoopUtilization(elu);
  console.log(Object.keys(delta), delta.idle >= 0);
  h.reset();
  console.log(h.count, h.max, h.min);
  for (const bad of [0, 101, 'x']) {
    try { h.percentile(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  for (const bad of [{ resolution: 0 }, { resolution: 1.5 }, { resolution: 'x' }, 5]) {
    try { monitorEventLoopDelay(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}, 250);
