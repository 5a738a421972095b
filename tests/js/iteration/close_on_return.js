// return from inside for-of closes the iterator
function counter(n, tag) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? {value: i++, done: false} : {value: undefined, done: true}; },
    return(v) { console.log(tag + ': return()'); return {done: true}; },
  };
}

function find() { for (const x of counter(10, 'find')) { if (x === 3) return x; } }
console.log(find());
