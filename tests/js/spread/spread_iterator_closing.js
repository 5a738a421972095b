// a throwing iterator during spread propagates; the spread iterator is not reused
const it = { [Symbol.iterator]() { let i = 0; return { next() { if (i++ < 2) return {value: i, done: false}; throw new Error('next threw'); }, return() { console.log('return called'); return {}; } }; } };
try { [...it]; } catch (e) { console.log(e.message); }
try { Math.max(...it); } catch (e) { console.log(e.message); }
