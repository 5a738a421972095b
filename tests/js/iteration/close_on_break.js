// for-of calls return() when the loop is left by break
function counter(n, tag) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? {value: i++, done: false} : {value: undefined, done: true}; },
    return(v) { console.log(tag + ': return()'); return {done: true}; },
  };
}

for (const x of counter(5, 'break')) { if (x === 2) break; }
outer: for (const a of [1, 2]) { for (const x of counter(5, 'labeled')) { break outer; } }
