// continue to an outer label closes the inner iterator each time
function counter(n, tag) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? {value: i++, done: false} : {value: undefined, done: true}; },
    return(v) { console.log(tag + ': return()'); return {done: true}; },
  };
}

outer: for (const a of [1, 2]) { for (const x of counter(5, 'inner ' + a)) { continue outer; } }
