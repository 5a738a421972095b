// array destructuring closes unfinished iterators, not exhausted ones
function counter(n, tag) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? {value: i++, done: false} : {value: undefined, done: true}; },
    return(v) { console.log(tag + ': return()'); return {done: true}; },
  };
}

const [a] = counter(5, 'one element');
const [b, c, d, e] = counter(2, 'exhausted');
const [...all] = counter(3, 'rest');
console.log(a, b, c, d, e, all);
let x, y;
[x, y] = counter(9, 'assignment');
