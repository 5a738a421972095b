// Flags: --expose-gc
// Modes: default no-jit jit-eager ic-eager
// Reason: under --gc-stress every allocation collects and verifies the heap, so a measured GC pause means nothing and building the live set alone passes the time limit
// A forced full GC inside a timer blocks the loop, and
// monitorEventLoopDelay() sees it: the timer calls gc() until at least
// 30 ms have passed (so the pause is >= 30 ms on any machine), and the
// histogram's max is >= that measured pause. Tolerance: 1 ms for the
// clocks' rounding (a delay sample spans the whole pause, because the
// sampling timer cannot fire during it).
const { performance, monitorEventLoopDelay } = require('perf_hooks');
const h = monitorEventLoopDelay({ resolution: 5 });
h.enable();
const live = [];
for (let i = 0; i < 3000; i++) live.push({ i, next: null, text: 'x' + i });
let pause = 0;
setTimeout(() => {
  const start = performance.now();
  let collections = 0;
  do {
    gc();
    collections++;
  } while (performance.now() - start < 30);
  pause = performance.now() - start;
}, 20);
setTimeout(() => {
  h.disable();
  console.log('pause >= 30 ms:', pause >= 30);
  console.log('max lag >= pause:', h.max / 1e6 >= pause - 1);
  console.log('live objects kept:', live.length);
}, 150);
