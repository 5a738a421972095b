// an exhausted iterator is not closed, nor one whose next() throws
function counter(n, tag) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? {value: i++, done: false} : {value: undefined, done: true}; },
    return(v) { console.log(tag + ': return()'); return {done: true}; },
  };
}

for (const x of counter(2, 'exhausted')) {}
const throwing = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); }, return() { console.log('should not run'); } }; } };
try { for (const x of throwing) {} } catch (e) { console.log(e.message); }
console.log('done');
