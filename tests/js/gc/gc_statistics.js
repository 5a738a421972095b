// Flags: --expose-gc
// Lucid's v8.getGCStatistics(): collections and pauses per kind follow the
// collections the program asks for (gc() is a mark-compact, gc({type:
// 'minor'}) a scavenge); the pause percentiles are ordered. Other
// collections (allocation) may add to the counts, so they are compared
// from a baseline.
const v8 = require('v8');
const before = v8.getGCStatistics();
gc();
gc();
gc({ type: 'minor' });
const after = v8.getGCStatistics();
console.log('mark-compacts', after.mark_compact.count - before.mark_compact.count >= 2);
console.log('scavenges', after.scavenge.count - before.scavenge.count >= 1);
for (const kind of ['scavenge', 'mark_compact']) {
  const p = after[kind];
  console.log(kind, p.p50_ms <= p.p99_ms, p.p99_ms <= p.max_ms, p.max_ms <= p.total_ms, p.total_ms >= 0);
}
console.log(Object.keys(after).join(','));
