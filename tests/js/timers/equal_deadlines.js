// Timers with the same duration fire in the order they were set. Timers of
// different durations that are all due run list by list, as node's timer
// lists do: the list whose expiry came first runs all its due timers, even
// ones set later than a timer of another list (A, C before B below). A
// per-timer heap would print A, B, C.
function waitUntil(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {}
}
for (let i = 0; i < 5; i++) setTimeout(() => console.log('same duration', i), 2);
setTimeout(() => console.log('A (10 ms list, set at 0)'), 10);
waitUntil(4);
setTimeout(() => console.log('C (10 ms list, set at 4)'), 10);
setTimeout(() => console.log('B (8 ms list, set at 4)'), 8);
waitUntil(30);
