// nested for-of loops close inner iterators before outer ones
function tagged(tag, n) { let i = 0; return { [Symbol.iterator]() { return this; }, next() { return {value: i, done: i++ >= n}; }, return() { console.log('close ' + tag); return {}; } }; }
try {
  for (const a of tagged('outer', 3)) for (const b of tagged('inner', 3)) { if (b === 1) throw new Error('stop'); }
} catch (e) { console.log(e.message); }
