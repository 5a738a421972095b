// require("v8"): getHeapStatistics() and getHeapSpaceStatistics() with
// node's keys, values consistent with each other (sizes differ by engine).
const v8 = require('v8');
const h = v8.getHeapStatistics();
console.log(Object.keys(h).join(','));
console.log(h.used_heap_size > 0, h.used_heap_size <= h.total_heap_size, h.heap_size_limit > h.total_heap_size);
const spaces = v8.getHeapSpaceStatistics();
console.log(Array.isArray(spaces), spaces.every(s => typeof s.space_name === 'string' && s.space_used_size <= s.space_size), Object.keys(spaces[0]).join(','));
console.log(spaces.map(s => s.space_name).includes('new_space'), spaces.map(s => s.space_name).includes('old_space'));
